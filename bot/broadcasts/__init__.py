"""Admin broadcasts: compose, choose an audience, deliver at a steady rate, resume after a kill."""
