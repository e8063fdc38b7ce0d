"""Understanding what users write: which FAQ entry answers it, whether it is an urgent security
or funds report, out of scope, a greeting or a request for a person; and how sure we are."""
