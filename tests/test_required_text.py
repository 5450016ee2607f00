"""The text every match of an indicator pattern holds, by which the rules skip a paragraph unsearched."""
import re
from pathlib import Path

import pytest

from ipie.baseline import _indicator_patterns, required_text

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    "pattern, required",
    [
        ("(三种)?专利申请(受理)?(总)?(量|数|件数|总数)?", "专利申请"),
        ("(联合)?(专利)?(行政)?执法检查(次数)?", "执法检查"),
        ("每?万人口?(有效)?发明专利(拥有)?(量|数)?", "发明专利"),  # 万人 is required too, but shorter
        ("(中国|省|市)?(优秀)?专利(金奖|银奖|优秀奖|奖)", "专利"),
        ("专利(型)?企业(总数|数)?", "专利"),
        ("侵权纠纷案件和.{0,4}假冒专利案件", "侵权纠纷案件和"),
        ("PCT(国际)?专利", "专利"),  # PCT matches pct too under IGNORECASE
        ("12330", "12330"),
        ("(受训|参训)(人员|人数)?", ""),  # a branch: nothing every match holds
        ("(专利)申请", "专利申请"),  # a group that must match joins the run
        ("[省市]级专利", "级专利"),
    ],
)
def test_required_text(pattern, required):
    assert required_text(re.compile(pattern, re.IGNORECASE)) == required


def test_every_match_in_the_examples_holds_its_required_text():
    texts = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    matches = 0
    for pattern, required in _indicator_patterns():
        for text in texts:
            for m in pattern.finditer(text):
                assert required in m.group(), (pattern.pattern, m.group())
                matches += 1
    assert matches > 1000
    assert sum(1 for _, required in _indicator_patterns() if required) > 0.9 * len(_indicator_patterns())
