"""Build the small Chinese text model the secret guard uses to tell a random run of BIP-39
word-list characters from natural Chinese (bot/safety/data/). Run once when the source changes:

    pip install jieba && python scripts/build_zh_model.py

Source: the word frequencies in jieba's dictionary (MIT licence). Two files come out:
- zh_unigram.txt: for each character of the simplified BIP-39 list (in list order), the log
  ratio of its frequency in natural text to its chance (1/2048) in a random phrase;
- zh_links.bin: a zlib-compressed bitset over the 2048 x 2048 ordered pairs of list characters,
  set where the pair occurs inside a dictionary word (natural text links characters into words;
  random picks rarely do). Traditional characters map to the same list index.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter
from itertools import pairwise
from pathlib import Path

import jieba
from mnemonic import Mnemonic

MIN_WORD_FREQUENCY = 3  # rarer dictionary entries link too many random pairs
# A wallet's support chat leans on words that are rare in general text (锁, 冻结, 盗, 矿工费):
# their characters count as at least this natural, and the words are linked.
DOMAIN_FLOOR = 0.5
DOMAIN_WORDS = """
钱包 助记词 私钥 公钥 密钥 转账 转出 转入 到账 提币 提现 充值 充币 手续费 矿工费 燃料费 能量 带宽
冻结 锁定 解锁 被锁 锁住 锁了 密码 支付密码 登录 登陆 验证码 余额 地址 收款 付款 交易 交易所 哈希
区块 链上 公链 主网 授权 取消授权 闪兑 兑换 客服 人工 工单 导入 导出 备份 恢复 找回 失败 成功 等待
确认 网络 节点 合约 代币 空投 诈骗 骗子 被盗 盗币 盗了 退款 扣款 扣费 投诉 反馈 建议 卡住 转圈
打不开 闪退 更新 升级 版本 苹果 安卓 手机 邮箱 短信 谷歌 实名 认证 身份 账户 账号 注册 冻住 解冻
错误 提示 显示 没到 没收到 丢了 丢失 忘了 忘记 换手机 卸载 重装 截图 链接 网页 浏览器 钓鱼 假冒
波场 以太坊 比特币 币安 火币 欧易 泰达币 稳定币 链 币 矿工 质押 挖矿 收益 理财 钱 急 急急
您好 您的 请您 让您 给您 帮您 扫码 二维码 输入 提交 截图 客服 官方 工作人员 签名 点击 打开 下载
安装 复制 粘贴 导出 冒充 诈骗 骗子 上当 补偿 冻结 解冻 工单 处理 核实 验证 同步 节点 授权码
"""
GLUE = "的了是不我你您在有和就也都"
OUT = Path(__file__).resolve().parents[1] / "bot" / "safety" / "data"


def main() -> None:
    simplified = Mnemonic("chinese_simplified").wordlist
    index = {char: i for i, char in enumerate(simplified)}
    source = Path(jieba.__file__).with_name("dict.txt")
    counts: Counter[str] = Counter()
    links = bytearray(2048 * 2048 // 8)
    for line in source.read_text("utf-8").splitlines():
        word, frequency, _tag = line.split(" ")
        count = int(frequency)
        for char in word:
            counts[char] += count
        if count < MIN_WORD_FREQUENCY:
            continue
        for first, second in pairwise(word):
            if first in index and second in index:
                bit = index[first] * 2048 + index[second]
                links[bit >> 3] |= 1 << (bit & 7)
    for word in DOMAIN_WORDS.split():
        for first, second in pairwise(word):
            if first in index and second in index:
                bit = index[first] * 2048 + index[second]
                links[bit >> 3] |= 1 << (bit & 7)
    # Grammar joins the most frequent characters to anything ("被锁", "锁了", "我的").
    for glue in GLUE:
        if glue not in index:
            continue
        for other in simplified:
            for first, second in ((glue, other), (other, glue)):
                bit = index[first] * 2048 + index[second]
                links[bit >> 3] |= 1 << (bit & 7)
    domain = set("".join(DOMAIN_WORDS.split()))
    total = sum(counts.values())
    lines = []
    for char in simplified:
        ratio = math.log(counts[char] / total * 2048) if counts[char] else -8.0
        if char in domain:
            ratio = max(ratio, DOMAIN_FLOOR)
        lines.append(f"{char}\t{ratio:.3f}")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "zh_unigram.txt").write_text("\n".join(lines) + "\n", "utf-8")
    (OUT / "zh_links.bin").write_bytes(zlib.compress(bytes(links), 9))
    print(f"{sum(bin(b).count('1') for b in links)} linked pairs")


if __name__ == "__main__":
    main()
