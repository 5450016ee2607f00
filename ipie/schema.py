"""The contract of SCHEMA.md: entity labels and relation labels with their allowed endpoints."""
from __future__ import annotations

import re
from functools import lru_cache

# titles in 《》 that name no policy (GUIDELINES.md): newspapers (《滨海时报》, but not a 通报), reports and books …
NOT_POLICY_TITLE = re.compile(r"((?<!通)报|报告|年鉴|杂志|周刊|指数|目录|名录|蓝皮书)$")
# … nor forms, lists and score sheets, nor a deputy's proposal (《关于…的提案》), nor an account of how things stand or went
# (《…知识产权发展状况》, 《…保护状况（2024年）》, 《…保护状况白皮书》, 《…统计公报》, 《…工作新闻发布会》, often the report's own title). Kept apart because the
# baseline's 《》 pattern, which the model sees as features, uses only the first: the shipped model was trained on those features.
NOT_POLICY_FORM = re.compile(r"(名单|评分表|统计表|一览表|登记表|申请表|申报书|申请书|证书|提案|议案|状况|白皮书|公报|发布会)(?:[（(][^（()）]{1,12}[）)])?$")
# the verbs of a change to a new level (…增加到, …降低至): the figure after them is a level, a QUANTITY
# (GUIDELINES.md, written training reports), for the entity rules, the fact stage and the consistency report
CHANGED_TO = r"(?:增加|增长|提高|提升|上升|攀升|扩大|下降|减少|降低|缩小|缩短|压缩|增|升|降)[到至]"
# 由/从 opening a change from one figure to another (not 自由, 理由, 从事, 从而), and the year its first figure may be given
# (由2019年末的9412件, 由上年的17家), for the entity rules (both figures are levels) and the fact stage (what each counts)
CHANGED_FROM = r"(?:(?<![自理经缘])由|从(?![事而]))"
FIGURES_YEAR = r"(?:(?:(?:19|20)\d{2}年?|上一?年|去年)[底末]?的)?"
# the words that name a rate of change (增幅, 增长率 …), whose figures are changes (GUIDELINES.md: GROWTH), for the
# entity rules (a bare trigger taken for an indicator, a rate tagged as a value) and the fact stage (an
# indicator naming a rate)
RATE_WORD = r"(?:增长幅度|增长速度|增长率|增幅|增速|涨幅|降幅)"
# what a multiple measures a change against (是上年的1.5倍, 是2015年底的2.6倍, 是“十二五”末的2.3倍, 是试点前的3倍): an earlier
# year or time, for the entity rules (a multiple is a change, GUIDELINES.md) and the fact stage (the value it follows)
EARLIER_BASE = (
    r"(?:上一?年|去年|(?:19|20)\d{2}年[底末]?|[“\"]?十[一二三四五]五[”\"]?(?:末|时期|期间)?"
    r"|(?:试点|创建|改革|获批|认定|实施)(?:之)?前)"
)
# the kinds of development zone, which are no regions (GUIDELINES.md: 德阳高新区, 天津港保税区), for the
# consistency report (a region naming one) and the fact stage (a clause about one)
DEVELOPMENT_ZONE = (
    r"(?:国家高新区|高新区|高新技术产业开发区|经开区|经济技术开发区|经济开发区|开发区|新区|自贸试验区|自贸区|"
    r"自由贸易试验区|片区|台商投资区|综合保税区|港?保税区|保税港区|试验区|工业园区|产业园区?|国家自主创新示范区|自主创新示范区|"
    r"科学城|知识城|科技城|航天城)"
)
# the 中国（ of a national body or zone named after the place it serves (中国（长沙）知识产权保护中心,
# 中国（浙江）自由贸易试验区), whose region is the place, not China, for the sections (a report's title) and the
# fact stage (a body opening a sentence)
NATIONAL_BODY_PLACE = r"中国[（(](?=[^）)]{2,8}[）)])"

# the year of a document number in any of the brackets reports write it in (〔2015〕, 【2015】, ﹝2015﹞, [2015], （2015）),
# for the baseline's DOC_NO pattern (which the model sees as features) and the fact stage's policy year
DOC_NO_YEAR = r"[〔【﹝\[（(]((?:19|20)\d{2})[〕】﹞\]）)]"

LABELS = ("REGION", "INDICATOR", "QUANTITY", "GROWTH", "RANK", "DATE", "POLICY", "ORG", "DOC_NO")

# relation label → (allowed head labels, allowed child labels)
RELATIONS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "VALUE_OF": (frozenset({"QUANTITY"}), frozenset({"INDICATOR"})),
    "CHANGE_OF": (frozenset({"GROWTH"}), frozenset({"INDICATOR"})),
    "RANK_OF": (frozenset({"RANK"}), frozenset({"INDICATOR", "GROWTH", "QUANTITY"})),
    "REGION_OF": (frozenset({"INDICATOR", "POLICY", "ORG"}), frozenset({"REGION"})),
    "TIME_OF": (frozenset({"INDICATOR", "QUANTITY"}), frozenset({"DATE"})),
    "ISSUED_BY": (frozenset({"POLICY"}), frozenset({"ORG"})),
    "DOC_NO_OF": (frozenset({"DOC_NO"}), frozenset({"POLICY"})),
}


def relation_allowed(label: str, head_label: str, child_label: str) -> bool:
    heads, children = RELATIONS.get(label, (frozenset(), frozenset()))
    return head_label in heads and child_label in children


@lru_cache(maxsize=None)
def candidate_relations(head_label: str, child_label: str) -> tuple[str, ...]:
    """Relation labels that may hold from a head of one label to a child of another
    (cached: the relation component asks for every ordered pair of entities)."""
    return tuple(name for name in RELATIONS if relation_allowed(name, head_label, child_label))
# a grouping of the country's regions (东部地区, 东北地区, 中西部地区): no division (GUIDELINES.md), no label of its own
REGION_GROUPING = r"(?:东部|中部|西部|东北|中西部|东中部|东南|西南|西北|华东|华南|华北|华中)(?:地区|省份)"
# the verbs that put a figure in a ranking's place (居全省第2位, 在15个副省级城市中排名第6位, 位列前五)
RANK_VERB = r"(?:位居|居|排名|排|位列|列)"

# 我们邵武, 我们是856件: a speaker naming their own place
WE = r"(?:我们|咱们)"
