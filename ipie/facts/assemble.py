"""From entities and relations to facts: the rule-based stage after the model.

Works on one paragraph Doc at a time. What the paragraph cannot say (the
region behind 全省, the year of a plan section) comes from its context, a
plain dict set by the caller in ``doc.user_data["ipie_context"]``:
``{"doc": id, "region": {"name", "code", "text"} | None, "year": int | None}``.
Evidence offsets here are paragraph offsets; ``ipie.api`` maps them to the
original file.
"""
from __future__ import annotations

import os
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterator

from spacy.tokens import Doc, Span

from ipie.baseline import CLAUSE_VERBS, FIGURE, counted_noun, noun_counted_after, placed_words, word_starts
from ipie.facts.indicators import match_indicator
from ipie.facts.model import Evidence, Fact, IndicatorFact, PolicyFact
from ipie.facts.numbers import (
    CHANGE_WORD, CN_DIGITS, MOVED_TO_A_RANK, RANGE_DASH, parse_date, parse_growth, parse_number, parse_quantity, parse_rank, parse_rank_list, policy_year,
)
from ipie.facts.values import Quantity, Rank
from ipie.pipeline.doc_text import text_of
from ipie.pipeline.relations import get_relations
from ipie.regions import (
    COUNTED_TOWNS, DEICTIC_WORDS, ETHNIC_TOWNSHIP, LIST_COUNTS, NATIONAL_CODE, REGIMENT_NUMBER, SUMU_WORD, TOWN_NAME, WORLD, WORLD_WORDS, ZONE_BEFORE_ITS_DISTRICT, ZONE_NAME, Region, counted_level, district_after_a_zone,
    enclosing_region, find_region_names, find_region_spans, find_regions, foreign_country, foreign_country_end, is_deictic_region, is_inside,
    place_a_name_begins_with, region_by_code, resolve_place, resolve_region, town_named_at, town_region,
)
from ipie.schema import (
    CHANGED_FROM, CHANGED_TO, DEVELOPMENT_ZONE, EARLIER_BASE, FIGURES_YEAR, NOT_POLICY_FORM, NOT_POLICY_TITLE, RANK_VERB, RATE_WORD, REGION_GROUPING, WE,
)
from ipie.structure import ITEM_NUMBER

CONTEXT_KEY = "ipie_context"
_SENTENCE_END = re.compile(r"[。！？；!?;]")
_FULL_STOP = re.compile(r"[。！？!?]")
# the deictic words of the gazetteer that name a whole unit (全省, 我市, 本区, 全国, 全自治区 …)
_DEICTIC = re.compile("(" + "|".join(sorted((w for w in DEICTIC_WORDS if len(w) in (2, 3, 4) and w[0] in "全我本该首"
                                             and not w.endswith("范围")), key=lambda w: (-len(w), w))) + ")")
# not a comparison base (占全省…, 比全市…), the scope of an honour (获评全国版权示范单位, 入选全国…),
# a place or an addressee (在全国率先…, 在全国糖酒商品交易会期间, 向全国信用信息共享平台推送) nor the scope of a rank the model left untagged
# (排全国第4, 居全省前列), nor the start of an event's name (以“4·26”全国知识产权宣传周为契机, 第七次全国人口普查), nor the
# object that ends a clause (地理标志产品享誉全国，其中…, 远销全国。)
_EVENT_NAME = r"[^，。；、“”]{0,10}?(?:宣传周|活动周|大会|会议|大赛|论坛|博览会|博会|交易会|洽谈会|展览会|推介会|展会|考试|普查)"
_AWARD_NAME = r"(?:专利|发明|设计|创新|科技|版权|商标)奖"  # 江苏省专利奖: an award a region names
# 依托全国网络交易监测平台…监测商品链接2300余条: a system a deictic word opens, used by the report's region (not 全市市场监管系统,
# the region's own offices, nor 全省行政执法机关通过平台移送…, the region's bodies using one)
_SYSTEM_NAME = r"(?:(?!通过|依托|利用|借助|运用)[^，。；、“”]){0,12}?(?:平台|数据库|(?:信息|监测|服务|检索)系统)"
# 全国版权示范单位累计7家: the name of an honour a deictic word opens, whose scope it is; not one whose level is named
# (全州省级知识产权示范企业: the 州's)
_HONOUR_NAME = r"(?:(?!国家|省级|市级|县级|区级)[^，。；、]){0,8}?(?:示范|优势|试点|领军)[^，。；、]{0,4}?(?:单位|企业|城市|县|区|园区|基地|学校|人才)"
# 是全市（56.2件）的6.1倍、全国平均水平（11.8件）的28.9倍, 不到全省的3%, 不到全国水平的三成: the place a multiple or a share is of
_BASE_OF_A_RATIO = re.compile(
    r"(?:平均(?:水平|值|数)|水平)?\s*(?:[（(][^）)]{1,12}[）)])?的(?:约|近)?(?:[\d.]+(?:倍|%)|[一二三四五六七八九十两]成)")
_SUBJECT_DEICTIC = re.compile(
    r"(?<![占是为于比较评选获过在居排列增定育批建有向与对从销])" + _DEICTIC.pattern  # 新增全国…示范单位4家, 全市有全国…单位3家: an honour, no subject
    # (远销全国20多个省份: where the report's goods go)
    + r"(?![第前首]|[，。；,;])"
)
_STARTS_AN_EVENT_NAME = re.compile(_EVENT_NAME + "|" + _AWARD_NAME)
_STARTS_AN_AWARD_NAME = re.compile(_AWARD_NAME)
# what a deictic word that is no subject opens, read in the paragraph's own text (the name may be an entity's, blanked
# out where deictic words are looked for)
_NAME_AFTER_A_DEICTIC = re.compile(_EVENT_NAME + "|" + _HONOUR_NAME)
_SYSTEM_AFTER_A_DEICTIC = re.compile(_SYSTEM_NAME)
# 通过全省…平台: what the report's region does with a system a deictic word opens (not 全省12315平台全年受理投诉举报2.13万件, the
# whole's own system, its figures the whole's)
_USING_A_SYSTEM = re.compile(r"(?:依托|通过|利用|借助|运用|使用|接入|对接|登录|在|经)\s*$")
# the public bodies whose figures are their region's (成都市中级人民法院, 成都知识产权法庭, 成都市公安局,
# 中国（长沙）知识产权保护中心); not a court whose jurisdiction crosses regions (广州知识产权法院, 广州互联网法院)
# nor a customs house (成都海关), whose districts may be a whole province, nor a university or firm
_PUBLIC_BODY = re.compile(
    r"(?:(?<!知识产权)(?<!互联网)法院|中院|法庭|检察院|公安局|知识产权局|市场监督管理局|市场监管局|工商局|版权局|仲裁委员会|仲裁院"
    r"|人民政府|保护中心|维权中心)$"
)
# a court or procuratorate, and the cases it takes after its name (…中级人民法院受理1127件, …检察院共办理…): the cases of
# the region it serves, also one above the report's own
_COURT = re.compile(r"(?:法院|中院|检察院)$")
_COURT_TAKING_CASES = re.compile(r"(?:全年|共|累计|依法)?(?:新收|受理|审结|办结|收案|结案|办理|审理|起诉|批捕)")
# a university or institute, or the applicants of a place, whose figures are the place's its name opens with where
# it opens the sentence (太原理工大学发明专利授权486件: 太原市; 澳门申请人提交…两千余件: 澳门特别行政区), not where
# listed with others named after no place (宁波大学、中国科学院…)
_INSTITUTION = re.compile(r"(?:大学|学院|研究院|研究所|申请人)$")
# the words of an honour or award, whose name a region may begin (浙江省著名商标, 广东省知识产权示范企业,
# 全国知识产权领军人才)
_HONOUR = re.compile(r"(奖|著名|知名|驰名|名牌|示范|优势|试点|名录|百强|称号|领军|拔尖|标杆|百佳)")
# a short name right after a region, ending at a list separator: the region begins a listed product's
# name (岗巴羊、帕里牦牛、林芝松茸、波密天麻等地理标志产品)
_LISTED_NAME_AFTER_REGION = re.compile(r"[\u4e00-\u9fff]{1,4}(?=、)")
_DEVELOPMENT_ZONE = re.compile(DEVELOPMENT_ZONE)
# an indicator span that begins with its subject (我州专利申请量, 同期全国)
_LEADING_DEICTIC = re.compile(r"(?:同期)?" + _DEICTIC.pattern)
_AT_LEAST = re.compile(r"(超过|超|突破|逾|高于|多于|不少于|不低于|[≥≧＞>])\s*$")
_APPROX = re.compile(r"(?:约|近|大约|大概|将近|接近)(?:有|在|是)?$")
_AT_MOST = re.compile(r"(不到|不足|低于|少于|不超过|[≤≦＜<])\s*$")
_TRIGGER_WORD = "(" + CHANGE_WORD + ")[了达为约近超]*"
_GROWTH_TRIGGER = re.compile(_TRIGGER_WORD + "$")
# …18.3亿元，同比增长29.6%; …达到76件，是2015年的3.8倍: only a comparison between a value and its change
_BASE_YEAR = r"(?:19|20)\d{2}年(?:底|末|同期)?"  # 较2023年, 比2020年末: the year a change is measured from
_CHANGE_RIGHT_AFTER_A_VALUE = re.compile(
    r"[，,]?(?:(?:同比|比上年|较上年|比去年同期|较去年同期|比去年|较去年|(?:较|比)(?:[^，,。；;\d]{0,6}的)?" + _BASE_YEAR + ")?"
    + _TRIGGER_WORD
    + r"|(?:是|为|相当于)" + EARLIER_BASE + r"(?:同期)?的)"
)
# 分别同比下降12.8%和9.6%: a change listed after another takes its trigger
_LISTED_AFTER_TRIGGER = re.compile(_TRIGGER_WORD + r"(?:[-−]?[\d.]+(?:%|个百分点|倍)[、和及与])+$")
_ISSUE_VERB = re.compile(r"(出台|印发|发布|制定|颁布|下发|签订|签署|会签|联合印发|先后出台|相继出台)")
# the reporting body naming itself as the subject of the clause that issues a title: …，我局制定《…》
_OWN_BODY_NAME = r"(我局|本局|我委|本委|我厅|本厅|我办|本办|我院|本院)"
# opening its sentence or clause, or right after a verb of carrying out (认真落实我局会同…联合印发的…方案)
_OWN_BODY = r"(?:(?<![^。！？，；,;\s])|(?<=落实|贯彻|按照|根据|依据|执行))" + _OWN_BODY_NAME
# 我局制定《…》, 我局组织制定并发布州地方标准《…》: the reporting body itself issuing a title (a standard named by its kind)
_OWN_BODY_ISSUING = re.compile(
    _OWN_BODY + r"[^，；,;《]{0,6}?" + _ISSUE_VERB.pattern + r"了?(?:[省市州县区]?(?:地方|团体|行业)?标准)?《?$"
)
# …先后印发《…》。11月，又印发《…》: a title issued again by the issuer of the one before
_ISSUED_AGAIN = re.compile(r"(?:又|再|还|随后|此后)" + _ISSUE_VERB.pattern + r"了?《?$")
# …；印发…: a part with no subject of its own (:func:`_subject_issuing_the_part_before`)
_ISSUE_VERB_OPENING = re.compile(r"\s*(?:同时|此外|另外|还|并|随后|此后)?[，,]?" + _ISSUE_VERB.pattern + r"了?《?")
# 我局联合市农业农村局制定《…》: the reporting body and the one it issued the title with
_OWN_BODY_WITH_ANOTHER = re.compile(_OWN_BODY + r"(?:联合|会同|与|和)$")
# 市知识产权局与市农业农村委联合印发…: two bodies joined by 与 that issue a title together
_JOINED_ISSUERS = re.compile(r"与|和|同")
_JOINTLY = re.compile(r"联合|共同|(?=签订|签署|会签)")  # 北京市知识产权局与我局签署《…协议》, 市人民法院与我局会签《…》: both sign it
# 省高级人民法院与我局联合出台《…》, 市司法局、我局联合印发《…》: another body and the reporting one after it
_WITH_THE_OWN_BODY = re.compile(r"(?:" + _JOINED_ISSUERS.pattern + r"|会同|、)" + _OWN_BODY_NAME + r"(?:" + _JOINTLY.pattern + ")")
# …《…条例》贯彻实施情况执法检查: what a body does with a law it did not issue
_ACTED_ON = re.compile(r"[》”]?的?(?:(?:贯彻)?(?:实施|执行|落实)情况|执法检查)")
# 在省知识产权局、市科知局指导下，…制定《…》: bodies that guided or led the work did not issue its documents
# a body that carries a policy out, not one that issued it: …局深入贯彻落实《…纲要》, 依据…办法
_CARRYING_OUT = re.compile(r"贯彻|落实|执行|实施|依据|根据|按照|对照|遵照|学习|宣传|宣贯|推动|推进|以《?$")  # 以《…》为抓手
_UNDER_GUIDANCE = re.compile(
    r"在[^，。；《》]{1,40}?(?:的)?(?:大力|精心|正确|积极|悉心|具体|坚强)?(?:指导|帮助|支持|领导|关心|关怀|推动)下"
    r"|经[^，。；《》]{1,20}?(?:同意|批准)"  # 经市政府同意，市政府办公室印发《…》: the body that approved it did not issue it
)
# political and statistical set phrases that hold a number but count nothing (三次产业结构: the three sectors)
_SET_PHRASE = re.compile(
    r"八项规定|两学一做|三严三实|四个全面|四个意识|四个自信|两个维护|五位一体|三个一批|一带一路|三次产业"
    r"|[一二三四五六七八九十]+届[一二三四五六七八九十]+[次中]全会"  # 省委十届六次全会, 十八届三中全会: a session's number
)
# a range the model split (2000～ | 3000万元): the first part is no figure of its own, the second is read with it
_OPENS_A_RANGE = re.compile(r"\d\s*" + RANGE_DASH + "+$")
_RANGE_DASH_THEN_DIGIT = re.compile(r"\s*" + RANGE_DASH + r"+\s*\d")
_RANGE_LOWER_BOUND = re.compile(r"(?<![\d.])\d[\d.,]*\s*" + RANGE_DASH + r"+\s*$")
_NEIGHBOUR_DIGIT_BEFORE = re.compile(r"(?<![一二三四五六七八九十百千万〇零两])[一二三四五六七八]$")
_SPACED_NUMBERS = re.compile(r"\d\s+\d")
# 11.2:34.4:54.4: a part of a ratio, no figure of its own
_RATIO_PART = re.compile(r"\d[:：∶]\d")
# a size: 1024×768
_TIMES_A_NUMBER = re.compile(r"\s*[×*＊]\s*\d")
_A_NUMBER_TIMES = re.compile(r"\d\s*[×*＊]\s*$")
# 专利申请量增幅分别达到45.2%: an indicator that names a rate of change, or a rate word right before a
# figure, makes the figure a change, not a value
_RATE_OF_CHANGE = re.compile(RATE_WORD + "$")
_COMPARED_CHANGE = re.compile(
    r"(?:同比|环比|比上年|较上年|比去年|较去年|比上年同期|较上年同期|比去年同期|较去年同期)(?:回落|下降|减少|降低|增长|提高|增加|多出|上升|提升|扩大|缩小|缩短)了?"
    r"(?:将|大约|大概)?$"  # 比上年增长了将近三成: the rest of the qualifier the figure's span begins with
)
_AFTER_A_RATE_WORD = re.compile(RATE_WORD + r"(?:最[高快大][，,]?)?(?:均|分别|都|也)?(?:为|达|达到|超过|超|突破|高达|保持在|在)?了?$")
_TITLE_HEAD = re.compile(
    r"(法|则|意见|方案|规划|计划|措施|指南|指引|协议|议定书|备忘录|纲要|条例|规定|决定|通知|规程|规范|标准|制度|战略|政策|章程|公约|清单|工作|[）)])$"
)
_DIGIT_AFTER = re.compile(r"\s*\d")
_DESCRIBED_POLICIES = re.compile(r"相关|一系列|系列|配套|(?<![高平对])等")
_CLAUSE_END = re.compile(r"[，,、：:。！？；!?;]")
_CLAUSE_BREAK = re.compile(r"[，,：:。！？；!?;]")  # not a list's 、
_MONEY = re.compile(r"(资金|出资|投入|投资|资助|奖励|补助|补贴|经费|金额|贷款|融资|收入|产值|销售额|费用|拨付)")
_BARE_MULTIPLIER = re.compile(r"[万亿][余多]?$")
_LINK_TO_INDICATOR = {"QUANTITY": "VALUE_OF", "GROWTH": "CHANGE_OF"}
_LIST_SEPARATOR = re.compile(r"[、和及与]")  # between the items of a list, and between co-issuers
# a share whose qualifier stands before 占 (约占全省的四成), or before the whole itself (超过全市的五成): nothing but the
# whole between them and the figure
_QUALIFIED_SHARE = re.compile(r"(约|近|接近|超过|不到|不足)(?:占(?:[^，,。；;、\d]{1,10}的)?|(?=全)[^，,。；;、\d]{1,10}的)$")  # 约占五分之一
_SHARE = re.compile(r"\s*(?:总量|总数|合计|共计)?(?:约|仅|已|共)?占")  # …，占全国总量56%; …，总量约占全省的四成
# the whole a share with no indicator is of: 开福区、雨花区消费投诉量分别[占全市]的13.2%和15.6%, [超过全市]的五成
_SHARE_OF_A_WHOLE = re.compile(r"((?:占|(?:超过|不足|不到|接近)(?=全))[^，,。；;、：:\d%]{1,12}?)的?\s*$")
_SHARE_FIGURE = re.compile(r"(?:%|成)(?:以上|左右|以下|以内)?$")
_COMPARISON_BASE = re.compile(r"(比|较|是|同比|相比)$")
# a figure measured against an average: 是全市平均水平的2.9倍, 高于全国平均水平3.2个百分点, 比苏州市平均水平低24.24件
_AGAINST_AVERAGE = re.compile(r"平均(?:水平|值|数)?(?:的(?:约|近|超过)?|[高低]出?了?)?$")
# a multiple of a wider region's figure: 全省专利申请量增速是全国的3.3倍
_MULTIPLE_OF_A_WHOLE = re.compile(r"(?:是|为|相当于)(?:同期)?全[国省市区州盟县]的(?:约|近|超过)?$")
# a gap in points to another place's rate: 增速高于全省5.3个百分点, 高于东部地区8.6个百分点 (not 高于上年同期)
_GAP_TO_A_PLACE = re.compile(r"[高低快慢]于[^，,。；;、\d年期]{1,8}$")
# what is left to reach a target or another's level: 距85%的中期目标还差2.6个百分点
_GAP_LEFT = re.compile(r"(?:还|尚|仍)差$")
# a difference to another place's figure: 比邻近的费县（1.86件）高出0.35件 (not 比上年多出86件, a change)
_GAP_TO_ANOTHER = re.compile(r"比(?!上一?年|去年|前一?年|同期|(?:19|20)\d{2}|“?十[一二三四五]五)[^，,。；;]{1,20}?(?:高出|低出|多出|少出)了?$")
# a year whose whole a share is of (已达2023年全年的65.3%, 相当于2023年全年的六成以上), or whose target it is (完成2025年
# 目标值的84.7%), not the share's year
# 2022年全年的75%, 全年目标的48.2%, 2022年全年（8,096件）的75.64%, 2022年全年1452件的88.57%: a share of a year's whole or target,
# whose own figure may stand before 的
_OF_A_YEARS_WHOLE = re.compile(r"(?P<whole>[（(][^）)]{1,12}[）)]|[\d.,]+[\u4e00-\u9fff]{0,2})?的[约近超过不到]{0,2}"
                               r"(?:[\d.]+%|[一二三四五六七八九十两半]成|[\d.]+倍)")
_SHARE_OF_A_YEAR = re.compile(r"(?:全年|目标值?|目标任务)" + _OF_A_YEARS_WHOLE.pattern)
_COMPARISON_BASE_AFTER = re.compile(r"[年度底末同期]*(?:同比|相比|相较|比较|(?=" + _SHARE_OF_A_YEAR.pattern + "))")
_SINCE = re.compile(r"[”’\"]?以来")
# 自2022年12月正式运行以来, 从2020年设立以来, 从2016年开始: the start of a period a running total is counted over
_SINCE_AFTER_WORDS = re.compile(r"[^，,。；;、]{0,12}?以来|开始|起(?![草诉])")  # …, 从2016年开始布局商标, 自2020年起
# the end of a title a date stands in: …（2016—2020）》, or a plan's without 《》 (实施苏州市“十四五”知识产权发展规划，)
_TITLE_DATE_END = re.compile(r"[年度]?[）)]?》|[”\"][^，。；、,;“”《》]{0,14}?(?:规划|纲要|行动计划|实施方案)(?![目期中])")
# 由2022年的每公斤8.6元提高到每公斤11.2元: the measure a price is per, between a change's words and its figure
_PER_MEASURE = r"(?:每(?:公斤|千克|斤|吨|亩|件|人|户|家))?"
# 由2021年的21563件增加到2023年的: what comes before a value that ends a change from one figure to another
_FROM_TO = re.compile(CHANGED_FROM + r"(?:[^，。；由从]*?" + CHANGED_TO + r")?" + FIGURES_YEAR + _PER_MEASURE + "$")
# 将风险补偿比例提高至50%, 结案率保持在95%以上: the verb of a change to a new level, or of keeping one, right before it
_TO_LEVEL = re.compile("(?:" + CHANGED_TO + r"|(?:保持|稳定|控制)在)$")
# right before the figure a change starts from: 由2019年末的9412件, 从11.5件
_FROM_FIGURE = re.compile(CHANGED_FROM + FIGURES_YEAR + _PER_MEASURE + "$")
# 与2018年底的3.12万件相比: the figure a comparison starts from, between its year and 相比
_BASE_BEFORE = re.compile(r"(?:(?:19|20)\d{2}\s*年|上一?年|去年)(?:同期)?[底末]?的\s*$")
_BASE_AFTER = re.compile(r"\s*(?:相比|相较|比较)")
# 由2021年的21563件, 比2019年的8645件: a date that qualifies the figure right after it; its year is that
# figure's (whether or not the model tagged the date) and governs nothing else
# 由2022年同期的21.6件, 已超过2022年全年的2893件, 由“十三五”末的52家, 已达到2022年全年1452件的…
_OF_NEXT_FIGURE = r"”?(?:(?:同期|全年)?[底末]?的|全年)\s*" + _PER_MEASURE
_DATE_OF_NEXT_FIGURE = re.compile(_OF_NEXT_FIGURE + r"[\d一二两三四五六七八九十百千万]")
# …，同比下降3.2%，上年同期为24262件; 上年这一数字为31件: last year's figure, which a change is measured from
_YEAR_OF_NEXT_FIGURE = re.compile(r"((?:19|20)\d{2}\s*年|上一?年|去年)" + _OF_NEXT_FIGURE + r"$"
                                  r"|(上一?年|去年)(?:同期)?[底末]?(?:这一?(?:数字|数据)|该数字)?[为是]\s*$"
                                  r"|(十[一二三四五]五)”?末的\s*$")  # 由“十三五”末的52家: the plan period's last year
# 是2020年（18.35件）的2.4倍, 完成2025年目标（5件）的77.2%: the year's figure in brackets right after it
_YEAR_BEFORE_A_BRACKET = re.compile(r"((?:19|20)\d{2}\s*年|上一?年|去年)(?:全年|目标值?|目标任务)?[底末]?[（(]$")
# what may stand before the region that opens a sentence: 其中，三亚市…, 2023年，海口市…
# 在全省14个市州中排名第12位: the count of those ranked, no value
# 在全省, 在全疆, 在杭州市 (…三个县（市）中位列第一, …13个区、县（市）中排名仍然靠后)
_AMONG = re.compile(r"在(?:全[\u4e00-\u9fff]{1,3}|[\u4e00-\u9fff]{1,6}[省市州盟])?$")
_RANKED_AMONG = re.compile(r"[^，。；]{0,8}?中(?:" + RANK_VERB + "[第首]|的(?:位次|排名|排位)|排名|排位)")
# 设区市, 县（市）, 副省级城市: the kind of places a count counts, written after it
_KIND_OF_PLACES = re.compile(r"(?:副省级|地级|设区)?(?:省市|省份|省区|城市|设区市|地级市|市州|县市区?|区县|[省市县区州盟旗])(?:（[^）]{1,6}）)?")
# 在15个副省级城市中，…, 其他12个市中，…: the size of the group a sentence looks among, no value
_GROUP_LOOKED_AMONG = re.compile(r"[^，,。；;\d]{0,6}?" + _KIND_OF_PLACES.pattern + "中[，,]")
# 增幅居四个城区首位, 居15个副省级城市第6位: the count of those ranked, no value
_RANK_POSITION = r"(?:首位|第[一二三四五六七八九十\d]|前[一二三四五六七八九十\d]|末位)"  # where a rank's place opens
_RANK_AFTER_THE_COUNT = re.compile(r"[^，。；\d]{1,8}?(?:中的?)?" + _RANK_POSITION)
_RANK_END = re.compile(r"[一二三四五六七八九十\d]*(?:位|名)?")
# the scope word a rank among a count of places opens with (排名全省21个市（州）第6位)
_RANK_SCOPE_WORD = r"(?:全省|全国|全市|全区|全州|省内|市内)"
# what stands before the count of those ranked: 居, or 排名 and a scope word or place (排名全省21个市（州）第6位,
# 居榆林市12个县（市、区）第2位)
_RANKED_AMONG_A_COUNT = re.compile(
    r"(?:居|位居|位列|(?:居|位居|位列|排名|排在)(" + _RANK_SCOPE_WORD + r"|[\u4e00-\u9fff]{2,6}?(?:省|市|州|盟|地区)))$")

# 一张新名片, 一个平台, 最高的一起侵权案件, 一份不错的答卷, 一头连着创新, 一块桂皮, 一只蒸笼: 一 and a measure word before a
# noun mean "a"
# (guidelines), not a count
_ONE_AS_ARTICLE = re.compile(r"一[个张项批道支座种条起件家辆位名份头块只粒]")
# 货车、火车一天也没停, 一件都没有: "not even one", no count
_NOT_EVEN_ONE = re.compile(r"[也都](?:没|不|未)")
# 超过10件的企业, 5件以上的企业: a figure that bounds the group another figure counts
_THRESHOLD = re.compile(r"(?:以上|以下|及以上)?的")
# 300余人参加, 200余名代表出席: the number of people who attended an event (not 企业五十余家参加…交易会)
_ATTENDED = re.compile(r"参加|出席|参会|与会|到会")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# 表1所列, 图2: a table's or a figure's number, read as a count (1所); 表1所列8家老字号: the count of a table's rows
_TABLES_NUMBER = re.compile(r"\d{1,2}(?:所列?|列)?")
_LISTED_IN_A_TABLE = re.compile(r"表\s*\d{1,2}(?:所列|中|列)的?$")
# 表1 2024年三个重点镇知识产权主要指标: a table's caption, which counts nothing (not a sentence on the table: 表1所列重点企业…)
_TABLE_CAPTION = re.compile(r"\s*附?表\s*\d{1,2}(?![\d.])(?!所|中|显示|可见|表明)")
# 较上年前移6位, 排名上升3位: how far a rank moved, which the guidelines count as no figure
_RANK_MOVES = ("前移", "后移", "上升", "下降", "提升", "前进", "后退", "下滑")
# 赞同35·6条评论, 12人赞同了该文章: a web page's counters under a post
_PAGE_COUNTER_WORDS = ("评论", "条评论", "赞同", "人赞同", "点赞", "人点赞", "次阅读", "次浏览", "次转发", "转发")
# 发现一起、核查一起、处置一起: one case at a time, a motto, no count
_ONE_AT_A_TIME = re.compile(r"(?:[\u4e00-\u9fff]{2}一([起件个])[、，,])+[\u4e00-\u9fff]{2}一\1")
# 和县文旅局一起, 与银行一起: together with, no count of cases (一起)
_TOGETHER_WITH = re.compile(r"[和与同跟][^，,。；;]{1,20}$")
_NOUN_AFTER_AN_ARTICLE = re.compile(r"[“‘]?[\u4e00-\u9fff]")  # 一张新名片, 一张“任务清单”
# a count of a list's items, the list before it running from the clause's start (新材料、生物医药两个; of bodies only
# where their own figures follow: 安踏、361度、特步三家…分别为, not 四川宏华、汉舟电器两家企业申报了…, whose firms the gold counts)
_COUNT_IN_WORDS = re.compile(r"([两二三四五六七八九十])[个项类种条家]?")
_COUNT_IN_A_DIGIT = re.compile(r"([2-9])[个项类种条]")
_KIND_OF_ITEMS = re.compile(r"指标|工作|任务|举措|产业|领域|项目")  # …、案件查处3项指标: what the list's items are
_LIST_START = "，,。；;：:（(“"
_LIST_ITEM_JOIN = re.compile(r"[、和及与]")
# 三个盟的…, 两市的…: the places a sentence just listed, counted as a subject
_PLACES_OF_A_LIST = re.compile(r"(?:省|市|县|区|旗|盟|州|地市|盟市|县区|区县|市县|县市|市州|片区|城市)的")
# 北京、上海等8个省（市）人民政府, 深圳等8个地方: the places of a list and others like them, counted
_PLACES_COUNTED = re.compile(r"(?:省（|省份|省市|地方|地区|城市|地市|[市县区镇乡]（|[省市县区][，。、；）]|[省市县区](?:人民)?政府)")  # 等8个镇（街道）
# what may stand before a sentence's subject: a link word (其中, 但), the scope it looks at (从全省看，, 从罪名分布看，, 从枣庄市情况看，; not a
# topic, 从专利授权看，, which names the indicator), the bodies it turns to (基层法院方面，), a comparison it turns to (横向比较，)
# a year or part of one (2023年，, 去年，, 1—9月，) and what the subject is taken as (作为中心城区，), up to three of them
# (从全区看，据…统计，2024年全区…)
_UP_TO_WORD = r"(?:截至|截止到?|到)"  # 截至2023年底
_SENTENCE_LEAD = re.compile(
    r"\s*(?:(?:其中|同时|此外|另外|但是?|不过|同期|横向(?:比较|对比)(?:来看)?|(?:对比|比较)来看|相比之下|从(?:全国|全省|全市|全区|全州|全县|区域|地区|各地|市州|各市|地市|区县|县区|各区|各县)[^，,。；;]{0,4}?看"
    r"|从[\u4e00-\u9fff]{0,4}?(?:分布|类型|结构|构成)看|从[\u4e00-\u9fff]{1,8}?[省市县区州盟旗](?:整体|总体)?(?:情况|层面|范围)?来?看"
    r"|分(?:地区|区域|地市|市州|城市|区县|县区|产品|县(?:[（(][^）)]{1,6}[）)])?)看|[\u4e00-\u9fff]{0,4}?(?:法院|检察院|海关|机关|部门|单位|高校|地区|区域)方面"
    r"|" + _UP_TO_WORD + r"?(?:19|20)\d{2}年(?:度|底|末)?|(?:去年|今年|上年|当年|本年|全年)(?:[一二三四]季度|上半年|下半年|前三季度)?"
    r"|(?:截至|截止到?)?(?:(?:19|20)\d{2}年)?(?:1[—―–\-~至到])?\d{1,2}月(?:份|底|末|\d{1,2}日)?|前[一二三]季度|[一二三四]季度|[上下]半年"
    r"|作为[^，,。；;“”]{2,12}(?=[，,])|据[^，,。；;“”]{2,24}?(?:统计|数据|测算|通报)(?:显示)?(?=[，,])|放眼(?:全国|全省|全市|全区|全州)|[\u4e00-\u9fff]{1,8}?(?:季节?|期间)(?=[，,])"
    r"|[（(][\d一二三四五六七八九十]{1,3}[）)]|(?:典型)?案例[一二三四五六七八九十\d]*[：:]|紧随其后的是?|其次(?:是|为)|(?:排名|排在|位居)第[二三四五六七八九十]位?的是?)[，,]?\s*){0,3}"
)
_SINGLE_YEAR = re.compile(r"(?:19|20)\d{2}年度?")
_A_YEAR_SAID = ("今年", "去年", "明年", "本年", "上年")  # a single year named from the day the text was said or written
# 今年, 今年一季度: a year so named, or a part of it (its figures are still that year's)
_A_YEAR_SAIDS_PERIOD = re.compile("(?:" + "|".join(_A_YEAR_SAID) + r")(?:[一二三四]季度|上半年|下半年|前三季度)?")
# a period a sentence counts over (试点期间, 五年来), and any word of time that opens one of its own
_PERIOD_LEAD = re.compile(r"期间|以来|年来|年间|时期")
# 试点期间，…, “十四五”以来…: a period opening a clause (not 17个项目在实施期间…, the period of the projects named)
_PERIOD_OPENING = re.compile(r"[^，,。；;]{0,6}?(?:" + _PERIOD_LEAD.pattern + ")")
_TIME_WORD = re.compile(_PERIOD_LEAD.pattern + r"|同期|今年|去年|明年|半年|季度|\d{1,2}月|十[一二三四五]五")
_SENTENCE_OPENER = re.compile(r"^(截至|截止|截止到|到|至|在|于|自|从)?$")
_DATE_LIST_SEPARATOR = re.compile(r"\s*[、，,和及与]?\s*")
# 2013、2014年, 2012、: one DATE span over years of a list
_YEARS_LISTED = re.compile(r"(?:(?:19|20)\d{2}(?:年[末底度]?)?\s*[、和及与]\s*)+(?:(?:19|20)\d{2}(?:年[末底度]?)?)?")  # 2021、2022、2023年末
_YEAR_IN_LIST = re.compile(r"(?:19|20)\d{2}")
_PERIOD_JOIN = re.compile(r"\s*" + RANGE_DASH + r"\s*")
# between the places a part after a semicolon opens with and its figure (莱山区、龙口市分别为; 枣阳、宜城两市分别为)
# …；柳州市、桂林市分别受理312件、246件: after 分别 and its kind, a verb of one or two characters of its own
_PLACES_ONLY = re.compile(r"[\s、和及与]*(?:[两二三四五六七八九十]个?[省市区县州盟旗地])?"
                          r"(?:(?:分别|均|也|则|依次)(?:为|是|达|达到|有|[\u4e00-\u9fff]{1,2})?|为|是|达|达到|有)?")
# a count of places and a word of summing after it (两市合计, 三县共计, 两县专利申请量合计, 两个街道合计)
_SUM_WORD = r"(?:合计|共计|总计)"
_SUM_OF_PLACES = re.compile(
    r"[两二三四五六七八九十]个?(?:城区|中心城区|重点)?(?:市|县|区|州|盟|旗|地|县区|区县|县市|市县|市州|镇|乡|街道|镇街)[^，,。；;]{0,16}?(?:"
    + _SUM_WORD + "|加起来)"  # 两个城区街道合计
    r"|[两二三四五六七八九十][家个所](?:知识产权)?(?:保护中心|快维中心|工作站|法院|海关)[^，,。；;]{0,8}?(?:" + _SUM_WORD + "|共)"
)  # 两家保护中心全年共预审…2100件, after 中国（苏州）…与中国（南京）知识产权保护中心…: no one centre's place
_SUM_OPENING_A_CLAUSE = re.compile(r"\s*(?:[两二三四五六七八九十]者)?" + _SUM_WORD)
# the words before the regions a rank or a figure is compared with (仅次于济南市、青岛市; 紧随深圳之后; 远低于武汉市)
_COMPARED_WITH = re.compile(r"(?:仅次于|次于|紧随|紧跟|落后于|高于|低于|快于|慢于|优于)")
_AFTER_A_COMPARISON = re.compile("(?:" + _COMPARED_WITH.pattern + ")$")
# the words before a place the report's region works with, draws from or goes through (联合澳门, 引进香港…, 经香港转口,
# 争取浙江省…帮扶资金)
_PARTNER_VERB = re.compile(r"(?:联合|携手|引进|吸引|面向|对接|会同|协同|借助|依托|经由|经|争取|承接)了?"
                           r"(?:[^，,。；;]{1,8}?[、和及与])*$")  # 联合驻邛高校和成都市…, 争取省、许昌市…资金
# 从河南省某地购进该批复合肥120袋: the place goods were bought from
_BOUGHT = re.compile(r"[^，,。；;]{0,12}?(?:购进|购买|采购|购入|进货|批发|调入|运进)")
# 与长春市、延边州联合开展…: the places the report's region did something with
_WITH_THE_PLACES_BEFORE = re.compile(r"(?:与|同|和)(?:[^，,。；;与同和]{2,8}?[、和及])*$")
_JOINTLY_AFTER = re.compile(r"(?:[、和及][^，,。；;]{2,8}?)*?(?:联合|共同|合作|携手|一道|一起|签订|签署)")
# 在我市申请, 来我省投资: a figure counted in the report's region, whoever it is of
_COUNTED_HERE = re.compile(r"[在来到][我本][省市区县州盟旗]")
# a clause whose subject is a development zone or park, which is no region (GUIDELINES.md); not a
# clause about zones in general (对所属工业园区…给予100万元资助)
_ZONE_CLAUSE = re.compile(
    r"[，；]\s*(?![对在向为给与和及各全所有该其])[\u4e00-\u9fff]{1,12}?" + DEVELOPMENT_ZONE
)
# a sentence that opens with 同期 (同期全国…为12.13万亿元) speaks of the period of the one before, and so does one that
# breaks its figures down (…地理标志总数达到82个…。从区域分布看，…分别拥有…; 分县区看，…)
_SAME_PERIOD = re.compile(
    r"\s*(?:(?:而|其中[，,]?)?同期|(?P<breakdown>从(?:区域|地区|县域|行业|产业|领域)?(?:分布|结构|构成)看[，,]"
    r"|分(?:区域|地区|县区|区县|县（?市、?区）?|产品|行业)看[，,]))"
)


@dataclass
class _Context:
    doc: str
    region: Region | None
    year: int | None
    said_in: int | None  # the year 今年/去年 count from: a transcript's day, else the year under review
    said_in_month: int | None  # the month of a transcript's day, when it is later than the year under review
    zone_districts: dict[str, Region]  # zones the document names once with their district (西海岸新区（黄岛区）)
    towns: dict[str, Region]  # towns heading a row of the document's tables, by stem (拿山 → 拿山镇)
    towns_named: dict[str, Region]  # towns the document names anywhere, by stem, the longest first (胜芳 → 胜芳镇)
    town_before: Region | None  # the town an earlier paragraph of the part opened on (旺隆镇是…), which 全镇 points back to
    period: tuple[int, int] | None  # the first and last year of the period a review covers (“十三五”…回顾: 2016, 2020)
    ahead: bool  # a paragraph of the plan for a year after the one reviewed (六、下一步工作打算), its writer's 明年 that year
    home_town: Region | None  # the town whose figures the unplaced ones are: a case's (案例一　源潭镇某…案), a company's report's


def _context(doc: Doc) -> _Context:
    data = doc.user_data.get(CONTEXT_KEY) or {}
    return _Context(
        doc=data.get("doc", ""),
        region=Region.from_json(data.get("region")),
        year=data.get("year"),
        said_in=data.get("spoken_year", data.get("year")),
        said_in_month=data.get("spoken_month"),
        zone_districts={zone: Region.from_json(district) for zone, district in data.get("zone_districts", {}).items()},
        towns={stem: Region(name, None, stem) for stem, name in data.get("towns", {}).items()},
        towns_named={stem: Region(name, None, stem) for stem, name in data.get("towns_named", {}).items()},
        town_before=Region(data["town_before"], None, data["town_before"]) if data.get("town_before") else None,
        period=tuple(data["period"]) if data.get("period") else None,
        ahead=data.get("ahead", False),
        home_town=Region.from_json(data.get("home_town")),
    )


@lru_cache(maxsize=256)
def _break_ends(text: str, breaks: re.Pattern) -> tuple[int, ...]:
    """Where each break of the text ends, found once per paragraph: the rules ask for sentence and clause
    bounds some forty times a paragraph. Every break pattern here matches one character."""
    return tuple(m.end() for m in breaks.finditer(text))


def _sentence(doc: Doc, start_char: int, end_char: int, breaks: re.Pattern = _SENTENCE_END) -> tuple[int, int]:
    """Character bounds of the sentence (or, with other ``breaks``, the clause) holding [start_char, end_char):
    from the end of the last break before it to the end of the first break after it."""
    text = text_of(doc)
    ends = _break_ends(text, breaks)
    before, after = bisect_right(ends, start_char), bisect_right(ends, end_char)
    return (ends[before - 1] if before else 0), (ends[after] if after < len(ends) else len(text))


def _is_percent(figure: Span) -> bool:
    """24.5%, 近两成: a share or a rate, not a count."""
    return figure.text.rstrip().endswith(("%", "％", "成"))


def _evidence(doc: Doc, spans: list[Span]) -> Evidence:
    start = min(s.start_char for s in spans)
    end = max(s.end_char for s in spans)
    s, e = _sentence(doc, start, end)
    s2, e2 = _sentence(doc, end - 1, end)
    e = max(e, e2)
    return Evidence(text_of(doc)[s:e], s, e)


class _Links:
    """Relations indexed both ways, by entity position; ``tagged`` keeps the Doc's own entities, as
    ``ents`` grows by the towns, zones and topics found here and ``Doc.ents`` builds its spans anew
    from every token on each read."""

    def __init__(self, doc: Doc):
        self.tagged = tuple(doc.ents)
        self.ents = list(self.tagged)
        index = {(e.start_char, e.end_char): i for i, e in enumerate(self.ents)}
        self.out: dict[tuple[int, str], list[int]] = {}
        self.into: dict[tuple[int, str], list[int]] = {}
        for head, child, label, _ in get_relations(doc):
            h, c = index.get((head.start_char, head.end_char)), index.get((child.start_char, child.end_char))
            if h is None or c is None:
                continue
            self.out.setdefault((h, label), []).append(c)
            self.into.setdefault((c, label), []).append(h)

    def child(self, i: int, label: str) -> int | None:
        found = self.out.get((i, label))
        return found[0] if found else None

    def heads(self, i: int, label: str) -> list[int]:
        return self.into.get((i, label), [])

    def children(self, i: int, label: str) -> list[int]:
        return self.out.get((i, label), [])

    def add(self, head: int, child: int, label: str) -> None:
        self.out.setdefault((head, label), []).append(child)
        self.into.setdefault((child, label), []).append(head)

    def unlink(self, head: int, label: str) -> None:
        for child in self.out.pop((head, label), []):
            self.into[(child, label)].remove(head)

    def detach(self, i: int) -> None:
        """Drop every link into and out of entity ``i``, whose label changed."""
        for (head, label) in [key for key in self.out if key[0] == i]:
            self.unlink(head, label)
        for (child, label) in [key for key in self.into if key[0] == i]:
            for head in self.into.pop((child, label)):
                self.out[(head, label)].remove(child)


# not 镇街 nor 镇（街道）, towns and subdistricts together (新建镇街…工作站, 新建镇（街道）…工作站3个); an ethnic township's nations with its 乡 (塔山瑶族乡)
_TOWN_SUFFIX = re.compile(ETHNIC_TOWNSHIP + r"|镇(?!街|[（(]街)|街道|办事处|乡|" + SUMU_WORD + "|(?<=" + REGIMENT_NUMBER + ")团")
# the marks a clause opens after, for the checks below that also allow a preposition or a list's 、 before a name or count
_CLAUSE_MARKS = "，,：:。！？；!?;\n"
# what may stand before a town's name of four characters: a clause's start, a list's 、, a preposition of place
_BEFORE_A_LONG_TOWN_NAME = _CLAUSE_MARKS + "、在到赴于"
# 五里 of 五里甸子镇, 十里 of 十里河镇: a distance a town's name opens with
_DISTANCE_OPENING_A_NAME = re.compile(r"[一二三四五六七八九十]里")
# 在浒山街道、古塘街道等地开展…, 在万峰林景区、马岭河峡谷景区及下五屯街道商圈等重点区域开展…: towns where something happened,
# alone or listed with other places, not whose figures follow
_PLACE_BEFORE_TOWNS = re.compile(r"(?:在|到|赴|于|深入|走进)(?:[\u4e00-\u9fff]{2,12}?[、和及与])*$")
# 在大瑶镇、澄潭江镇各建成…市场1个, 在义勒力特镇、乌兰哈达镇、葛根庙镇分别举办…2场、1场、1场, 集中在太平镇、彰明镇和三合镇，
# 种植面积分别为…: towns where something was done or is, each with its own figure (not 在茅台镇、坛厂街道分别建成…工作站，全年…580余次, one figure of them all)
_EACH_AFTER_TOWNS = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{1,9}?(?:镇|乡|街道))*(?:[各均]|(?:[，,][^，,。；]{0,12}?)?分别[^，。；]*?\d[^，。；]*?[、和及])")


def _cut_spans_at_clause_breaks(doc: Doc, links: _Links, ctx: _Context) -> None:
    """内五区中，芙蓉区 tagged as one ORG: a span across a comma or a full stop keeps what follows the last of them, a
    REGION if that is a region's name (its links dropped when its label changes)."""
    text = text_of(doc)
    for i, ent in enumerate(links.ents):
        cut = max(text.rfind(c, ent.start_char, ent.end_char) for c in "，,。；;")
        if cut < 0 or cut + 1 >= ent.end_char:
            continue
        rest = text[cut + 1 : ent.end_char]
        whole_place = any(a == 0 and b == len(rest) for a, b, _ in find_region_spans(rest, ctx.region))
        label = "REGION" if whole_place else ent.label_
        links.ents[i] = doc.char_span(cut + 1, ent.end_char, label=label)
        if label != ent.label_:
            links.detach(i)


# the words of what a body does that the model may read into the name of the body it acts on or with (我局指导市板鸭行业协会,
# 我局严格执行国家知识产权局…, 指导商标注册人西昌市蔬菜产业协会)
_ACTING_WORDS = frozenset({"指导", "督促", "引导", "严格执行", "贯彻", "落实", "依托", "商标注册"})  # not 执行 of 执行委员会


def _cut_bodies_to_their_names(doc: Doc, links: _Links) -> None:
    """局指导市板鸭行业协会 or 标省政府办公厅 (目标's 标) tagged as one ORG: a body's span keeps what follows the last word of
    what is done to it, and starts at a word's start, not inside the word before it."""
    text = text_of(doc)
    words = placed_words(text)
    for i, ent in enumerate(links.ents):
        if ent.label_ != "ORG":
            continue
        inside = [(word, start) for word, _, start in words if ent.start_char <= start < ent.end_char]
        start = max((start + len(word) for word, start in inside if word in _ACTING_WORDS), default=ent.start_char)
        if start == ent.start_char and inside and inside[0][1] > ent.start_char:
            start = inside[0][1]  # the span opens inside a word: 标 of 目标
        if start != ent.start_char and text.startswith("人", start):
            start += 1  # 商标注册人西昌市…协会: the holder's title, then its name
        if start != ent.start_char and ent.end_char - start >= 2:
            links.ents[i] = doc.char_span(start, ent.end_char, label="ORG")


# 2022年2680件: a year and the figure right after it, tagged as one date
_FIGURE_AFTER_A_YEAR = re.compile(r"(?:19|20)\d{2}年(?=\d[\d.]*[万亿]?(?![月日号时季周年])[^\W\d_]{1,3}$)")  # not 2023年9月底


def _figures_tagged_as_dates(doc: Doc, links: _Links) -> None:
    """…其中2022年2680件、2023年2840件、2024年3120件 with [2022年2680件] tagged as a DATE: the year stays the date, and
    the figure after it is a QUANTITY of its own, linked later as any figure the model left alone."""
    for i, ent in enumerate(list(links.ents)):
        year = _FIGURE_AFTER_A_YEAR.match(ent.text) if ent.label_ == "DATE" else None
        if year is not None:
            links.ents[i] = doc.char_span(ent.start_char, ent.start_char + year.end(), label="DATE")
            links.ents.append(doc.char_span(ent.start_char + year.end(), ent.end_char, label="QUANTITY"))


# 北京援疆资金, 江苏援疆专家, 上海对口支援: a province or city giving aid to the report's region
_GIVING_AID = re.compile(r"援[疆藏青]|对口(?:支援|援助|帮扶)")


def _aid_givers(doc: Doc, links: _Links) -> None:
    """全年北京援疆资金安排…860万元, 邀请江苏援疆专家开展专题辅导6场次: a region named as the giver of aid is part
    of the name of the aid, an ORG span, not the subject of the figures, which are the receiving region's."""
    for i, ent in enumerate(links.ents):
        aid = _GIVING_AID.match(text_of(doc), ent.end_char) if ent.label_ == "REGION" else None
        if aid is not None:
            links.ents[i] = doc.char_span(ent.start_char, aid.end(), label="ORG")
            links.detach(i)


def _add_towns(doc: Doc, links: _Links, ctx: _Context) -> None:
    """Towns and subdistricts, which the model was never taught to tag, as REGION spans of the
    paragraph (周巷镇、观海卫镇、宗汉街道专利申请量分别为…; 观海卫镇依托…，发明专利授权168件): whole
    words, not where something took place; a town leading an indicator span, or some of it, is cut from it, and a
    region or an indicator tagged inside a town's name grows to the whole name as a REGION. A town heading a row of the
    document's tables is one in running text too, a 乡 and a name of four characters included (依干其乡地理标志用标主体12家,
    喀拉塔勒镇有效注册商标352件)."""
    text, ents = text_of(doc), links.ents
    tabled = {town.name for town in ctx.towns.values()}
    if not _TOWN_SUFFIX.search(text):
        return
    words = placed_words(text)
    starts, ends = {start for _, _, start in words}, {start + len(word) for word, _, start in words}
    word_at = {start: word for word, _, start in words}
    flag_at = {start: flag for _, flag, start in words}

    def name_like(a: int, b: int) -> bool:
        """No particle, preposition or conjunction, nor a verb of two characters, in text[a:b] (设立了镇)."""
        return not any(a <= start < b and (flag[0] in "upc" or (flag[0] == "v" and len(word) > 1))
                       for word, flag, start in words)

    def verbless(a: int, b: int, one_character_verbs: bool = False) -> bool:
        """No verb, preposition, conjunction, particle or locative in text[a:b]; a verb of one character may stand in a
        transliterated name the word segmenter cut up (义|勒/v|力特 of 义勒力特镇) where ``one_character_verbs``."""
        return not any(a <= start < b and flag[0] in "vpcuf" and not (one_character_verbs and flag[0] == "v" and len(word) == 1)
                       for word, flag, start in words)

    def subject_of_a_clause(a: int, b: int) -> bool:
        """流口镇的“流口小籽花生”…: at a clause's start and before 的, a stem the word segmenter read as a verbal noun
        (流口/vn) is a name too; any other verb is not (推动镇的…)."""
        return (not a or text[a - 1] in "，,；;：:。！？") and text.startswith("的", b) and not any(
            a <= start < b - 1 and (flag[0] in "upc" or (flag[0] == "v" and flag != "vn" and len(word) > 1))
            for word, flag, start in words)

    def listed(a: int, b: int) -> bool:
        """A whole item of a 、 list of towns, at a clause's start or after 其中, is a name whatever its words (乐从镇、龙江镇,
        其中沙后所镇、东辛庄镇…; not 设立了镇、村)."""
        before = text[a - 1] if a else ""
        return (not before or before in "、，,；;：:。！？" or text.endswith("其中", 0, a)) and bool(
            (before == "、" and _TOWN_SUFFIX.search(text, max(0, a - 3), a - 1))
            or (text.startswith("、", b) and TOWN_NAME.match(text, b + 1))
        )

    prepositions = {start for word, flag, start in words if len(word) == 1 and flag[0] == "p"}

    def names_only(a: int, b: int) -> bool:
        """义勒|力特 before 镇: a stem the word segmenter cut into names (ns, nz, nr) whose last ends at the town word."""
        inside = [(word, flag, start) for word, flag, start in words if a <= start < b]
        return b in ends and all(flag in ("ns", "nz", "nr", "nrt") for _, flag, _ in inside)

    def town_at(suffix: re.Match, known: set[str]) -> tuple[int | None, int | None]:
        tabled_here = next((a for a in (suffix.start() - 4, suffix.start() - 3, suffix.start() - 2, suffix.start() - 1) if a >= 0
                            and text[a : suffix.end()] in tabled and not any(e.start_char < a < e.end_char for e in ents)), None)
        if tabled_here is not None:
            return tabled_here, suffix.end()
        # a 乡 (城乡, 家乡, 送法下乡 are no places) only as an item of a list of towns (片口乡、马槽乡) with no verb in it;
        # a name of four characters (古江巴格街道) only after a clause's start, a list's 、, 其中 or a preposition of place, cut up
        # by the word segmenter from its first character as a transliterated name is, or a place's name to it whole (唐古拉山镇),
        # with no verb, preposition or tagged name inside it (not 推动北滘镇, 指导龙台镇, 在陆家嘴街道, 中山市古镇镇)
        return next(((a, suffix.end()) for a in (suffix.start() - 4, suffix.start() - 3, suffix.start() - 2)
                     if a in starts and (a > suffix.start() - 4 or (
                         (a == 0 or text[a - 1] in _BEFORE_A_LONG_TOWN_NAME or text.endswith("其中", 0, a))
                         and (len(word_at[a]) == 1 or (word_at[a] == text[a : suffix.start()] and flag_at[a] == "ns")
                              or names_only(a, suffix.start()))
                         and verbless(a, suffix.start(), one_character_verbs=True)
                         and not any(a <= e.start_char < suffix.start()
                                     and not (e.label_ in ("REGION", "INDICATOR") and e.start_char == a) for e in ents)))
                     # 唐古 of 唐古拉山镇 tagged alone, 义勒力特镇 tagged as an indicator
                     and TOWN_NAME.fullmatch(text, a, suffix.end()) and town_region(text[a : suffix.end()])
                     # a listed 乡 with no verb, or only a one-character one in a transliterated stem of three characters or
                     # more (佐|盖/v|多|玛 of 佐盖多玛乡)
                     and ((listed(a, suffix.end()) and (suffix.group() != "乡" or verbless(
                         a, suffix.start(), one_character_verbs=suffix.start() - a >= 3)))
                          or (suffix.group() != "乡" and (name_like(a, suffix.start()) or text[a : suffix.end()] in known
                                                          or subject_of_a_clause(a, suffix.end()))))
                     and not (a == suffix.start() - 3 and (text[a] in "在到赴从" or a in prepositions))  # 在浒山街道 is 浒山街道
                     and not any(e.start_char < a < e.end_char for e in ents)),  # 江都区仙女镇 is 仙女镇, not 区仙女镇
                    (None, None))

    suffixes = list(_TOWN_SUFFIX.finditer(text))
    # a name read as a town somewhere in the paragraph is one everywhere in it (乐从镇、龙江镇…；乐从镇依托…)
    known = {text[a:b] for a, b in (town_at(suffix, set()) for suffix in suffixes) if a is not None}
    for suffix in suffixes:
        start, end = town_at(suffix, known)
        if start is not None and _DISTANCE_OPENING_A_NAME.fullmatch(text, max(0, start - 2), start) and town_region(text[start - 2 : end]):
            start -= 2  # 五里|甸子镇: a town named by a distance, the segmenter's numeral cut from its stem (not 甸子镇)
        if start is None or (end not in ends and text[start:end] not in tabled) \
                or _QUOTED_NAME.fullmatch(text, start - 1, end + 1) \
                or (_PLACE_BEFORE_TOWNS.search(text, 0, start) and not _EACH_AFTER_TOWNS.match(text, end)):
            continue  # no name, or “淘宝镇” (a title a town won), or a town where something happened
        touching = [k for k, e in enumerate(ents) if e.start_char < end and start < e.end_char]
        inner = ents[touching[0]] if len(touching) == 1 else None
        town = doc.char_span(start, end, label="REGION")
        chained = next((k for k, e in enumerate(ents) if e.label_ == "REGION" and e.end_char == start), None)
        if chained is not None and not touching:
            ents[chained] = town  # 江都区仙女镇: a chain of places is its last, the town, in the district's links
        elif inner is not None and inner.label_ == "INDICATOR" and start <= inner.start_char < end < inner.end_char:
            # 车辋|镇大蒜加工企业申请专利; 花园镇|、铁营镇专利授权量, whose next town is cut from it in its turn
            rest = end + 1 if text.startswith("、", end) and end + 1 < inner.end_char else end
            ents[touching[0]] = doc.char_span(rest, inner.end_char, label="INDICATOR")
            ents.append(town)
        elif inner is not None and inner.label_ == "REGION" and start < inner.start_char < end < inner.end_char:
            ents[touching[0]] = town  # 曲|山镇电商 tagged as a region across the town's end
        elif inner is not None and start <= inner.start_char and inner.end_char <= end and inner.label_ in ("REGION", "INDICATOR"):
            ents[touching[0]] = town  # 南城 of 南城街道 tagged alone, 磁灶镇 taken for an indicator
            if inner.label_ == "INDICATOR":
                links.detach(touching[0])
        elif inner is not None and inner.start_char == start and (
                inner.label_ == "ORG" or (inner.label_ == "QUANTITY" and inner.end_char < end)):
            ents[touching[0]] = town  # 沟赵街道依托郑州大学 taken for a body, 八台 of 八台镇 for eight 台
            links.detach(touching[0])
        elif len(touching) == 2 and [ents[k].label_ for k in touching] == ["REGION", "INDICATOR"] \
                and start == ents[touching[0]].start_char and ents[touching[1]].start_char < end < ents[touching[1]].end_char:
            ents[touching[1]] = doc.char_span(end, ents[touching[1]].end_char, label="INDICATOR")  # 古镇|镇灯饰产业年产值
            ents[touching[0]] = town
        elif touching:
            continue
        else:
            ents.append(town)
        _add_names_sharing_the_word(doc, ents, start, starts)
    _add_towns_counted_after_their_list(doc, ents)


def _add_names_sharing_the_word(doc: Doc, ents: list[Span], town: int, starts: set[int]) -> None:
    """石佛、沟赵、枫杨 in 石佛、沟赵、枫杨街道: the names listed before a town's that share its 街道 (or 镇),
    whole words each (beginning at one of the word ``starts``), as REGION spans (read as towns by :func:`_place`)."""
    text = text_of(doc)
    b = town
    while b > 0 and text[b - 1] == "、":
        a = next((a for a in (b - 3, b - 4) if a >= 0 and a in starts and counted_level(text, a, b - 1)
                  and resolve_region(text[a : b - 1]) is None
                  and not any(e.start_char < b - 1 and a < e.end_char for e in ents)), None)
        if a is None:
            return
        ents.append(doc.char_span(a, b - 1, label="REGION"))
        b = a


def _add_towns_counted_after_their_list(doc: Doc, ents: list[Span]) -> None:
    """娄葑、斜塘、唯亭、胜浦四个街道: the towns of :func:`_towns_counted_by` as REGION spans (read as towns by
    :func:`_place`) where the model tagged nothing else there, added to those it tagged (粤海、[西丽]、南头三个街道)."""
    for m in COUNTED_TOWNS.finditer(text_of(doc)):
        names = _towns_counted_by(text_of(doc), m)
        covering = [e for e in ents if names and e.start_char < m.start() and names[0][0] < e.end_char]
        if names and all(e.label_ == "REGION" and (e.start_char, e.end_char) in names for e in covering):
            tagged = {(e.start_char, e.end_char) for e in covering}
            ents.extend(doc.char_span(a, b, label="REGION") for a, b in names if (a, b) not in tagged)


def _towns_counted_by(text: str, count: re.Match) -> list[tuple[int, int]]:
    """娄葑、斜塘、唯亭、胜浦四个街道: the short names right before a :data:`COUNTED_TOWNS` count, as many as it counts
    and opening a clause, each a town's name with the word they share; none where they are not."""
    n, names, end = LIST_COUNTS[count.group(1)], [], count.start()
    for k in range(n):
        before = _LIST_START if k == n - 1 else "、和及与"
        start = next((a for a in (end - 2, end - 3) if a == 0 or (a > 0 and text[a - 1] in before)), None)
        if start is None or counted_level(text, start, end) != count.group(2) or resolve_region(text[start:end]) is not None:
            return []
        names.insert(0, (start, end))
        end = start - 1
    return names


def _respectively_subjects(doc: Doc, links: _Links, before: list[int]) -> list[int]:
    """The indicators a 分别 list distributes over, from the entities before 分别 in its sentence:
    the run of indicators right before it (专利申请、授权量分别为…), or else the indicators of
    the indicator–value pairs right before it (申请专利453件，发明专利336件，分别比…增加…), where
    a value the model gave no indicator takes the noun it counts (实用新型专利授权20426件，…)."""
    ents = links.ents
    run: list[int] = []
    for i in reversed(before):
        if ents[i].label_ == "INDICATOR":
            run.insert(0, i)
        elif ents[i].label_ in ("QUANTITY", "GROWTH", "RANK"):
            break
    if run:
        return run
    k = len(before) - 1
    while k >= 0 and ents[before[k]].label_ == "QUANTITY":
        if k >= 1 and ents[before[k - 1]].label_ == "INDICATOR":
            run.insert(0, before[k - 1])
            k -= 2
            continue
        value = ents[before[k]]
        implied = _implied_indicator(doc, value) if run and links.child(before[k], "VALUE_OF") is None else None
        if implied is None or (k >= 1 and implied.start_char < ents[before[k - 1]].end_char):
            break
        ents.append(implied)
        links.add(before[k], len(ents) - 1, "VALUE_OF")
        run.insert(0, len(ents) - 1)
        k -= 1
    return run


def _list_items(doc: Doc, start: int, end: int) -> list[Span]:
    """专利申请、授权量 → 专利申请, 授权量: the items of a list of indicators between two offsets,
    as INDICATOR spans outside ``doc.ents``; none if it is no list."""
    bounds = []
    for m in _LIST_SEPARATOR.finditer(text_of(doc), start, end):
        bounds.append((start, m.start()))
        start = m.end()
    if not bounds:
        return []
    bounds.append((start, end))
    parts = [doc.char_span(a, b, label="INDICATOR", alignment_mode="expand") for a, b in bounds if b - a >= 2]
    return parts if len(parts) == len(bounds) and all(parts) else []


def _untagged_list_opening(doc: Doc, ents: list[Span], s: int, end: int) -> list[Span]:
    """专利、商标、著作权案件分别审结…: the items of a list the model tagged nothing in that opens the sentence at ``s``
    up to ``end`` (its 分别), as INDICATOR spans (:func:`_list_items`); none if it names a place or is no list."""
    text = text_of(doc)
    start = _SENTENCE_LEAD.match(text, s).end()
    if re.search(r"[，,：:；;]", text[start:end]) or find_regions(text[start:end]) \
            or any(start <= e.start_char < end for e in ents):
        return []
    items = _list_items(doc, start, end)
    ends = [item.text[-1] for item in items]
    # 假冒注册商标罪、…、非法制造、销售非法制造的注册商标标识罪、侵犯著作权罪: names of one kind, one with a 、 in it
    # (not 发明专利、实用新型、外观设计专利: two ending alike are no kind)
    if items and ends.count(ends[-1]) >= 3:
        joined: list[Span] = []
        for item in items:
            first = joined.pop().start_char if joined and joined[-1].text[-1] != ends[-1] else item.start_char
            joined.append(doc.char_span(first, item.end_char, label="INDICATOR"))
        items = joined
    return items


# the kinds of right a list of indicators may name bare before the one whose words they share (发明、实用新型、外观设计专利…)
_KIND_OF_RIGHT = re.compile(r"(?:发明|实用新型|外观设计|PCT(?:国际)?)(?:专利)?|专利|商标|著作权|版权|地理标志")


def _untagged_items_before(doc: Doc, ents: list[Span], start: int) -> int:
    """发明、实用新型、[外观设计专利授权量]分别为…: where the 、 list the tagged indicator at ``start`` ends opens its clause (or
    follows 其中) with kinds of right only, untagged (not places: 阳高、左云专利申请量), the list's start; else ``start``."""
    text = text_of(doc)
    if not text.endswith("、", 0, start):
        return start
    lead = max(text.rfind(c, 0, start) for c in "，,：:；;。！？\n") + 1
    lead = _SENTENCE_LEAD.match(text, lead).end()
    if lead >= start - 1 or any(lead <= e.start_char < start for e in ents) \
            or not all(_KIND_OF_RIGHT.fullmatch(item) for item in text[lead : start - 1].split("、")):
        return start
    return lead


# 分别, or 依次为 (石家庄、保定、唐山、廊坊质押融资金额依次为38.6亿元、21.3亿元…): values in the order of the list before
_RESPECTIVELY = re.compile(r"分别|依次(?=[为是])")


def _respectively_marks(doc: Doc) -> Iterator[tuple[re.Match, int, int]]:
    """Each 分别 (or 依次为) with the start of its sentence and the end of its list: the sentence's end or the next 分别."""
    marks = list(_RESPECTIVELY.finditer(text_of(doc)))
    for n, m in enumerate(marks):
        s, e = _sentence(doc, m.start(), m.end())
        if n + 1 < len(marks):
            e = min(e, marks[n + 1].start())
        yield m, s, e


def _distribute_respectively(doc: Doc, links: _Links) -> None:
    """分别 lists: pair indicators with values and growths in order, where links are missing or
    where the list has exactly as many values (or growths) as indicators.

    Each list runs from its 分别 to the next one or the end of the sentence; a
    second 分别 in the sentence (…，分别较上年增长…) reuses the first one's indicators.
    Where there are more values than indicators, the indicators' stretch of text is
    split into its items if that gives as many (商标注册申请量、注册量 tagged as one span;
    申请量、授权量和有效发明专利量 with 授权量 missed); where the model tagged nothing before 分别, the list
    opening the sentence is (专利、商标、著作权案件分别审结…).
    """
    ents = links.ents
    previous: list[int] = []
    split: set[int] = set()
    for m, s, e in _respectively_marks(doc):
        before = sorted(
            (i for i, ent in enumerate(ents) if s <= ent.start_char < m.start() and i not in split),
            key=lambda i: ents[i].start_char,
        )
        indicators = _respectively_subjects(doc, links, before) or previous
        after = {
            label: [i for i, ent in enumerate(ents) if ent.label_ == label and m.end() <= ent.start_char < e]
            for label in ("QUANTITY", "GROWTH")
        }
        wanted = max(len(v) for v in after.values())
        if not indicators:
            items = _untagged_list_opening(doc, ents, s, m.start())
            if len(items) == wanted:
                ents.extend(items)
                indicators = list(range(len(ents) - len(items), len(ents)))
        if indicators and wanted > len(indicators):
            start, end = ents[indicators[0]].start_char, ents[indicators[-1]].end_char
            start = _untagged_items_before(doc, ents, start)
            between = [i for i in before if start <= ents[i].start_char < end and i not in indicators]
            items = [] if between else _list_items(doc, start, end)
            if len(items) == wanted:
                split.update(indicators)
                ents.extend(items)
                indicators = list(range(len(ents) - len(items), len(ents)))
        previous = indicators
        for label, relation in (("QUANTITY", "VALUE_OF"), ("GROWTH", "CHANGE_OF")):
            values = after[label][: len(indicators)]
            if len(indicators) < 2 or len(values) != len(indicators):
                continue
            whole = len(after[label]) == len(indicators)  # then its order overrides the model's links
            for ind, val in zip(indicators, values):
                current = links.child(val, relation)
                if whole or current is None or current in split:
                    links.unlink(val, relation)
                    links.add(val, ind, relation)


# a sentence that names its topic before its figures (每万人口发明专利拥有量方面，兰州市、嘉峪关市分别达到…;
# 从专利授权看，唐山、邯郸两市分别…; 就商标注册量而言，…; 国外来华商标注册申请中，美国、日本分别为…; 但是从…看，去年全国为…)
_TOPIC = re.compile(r"(?:(?:但是?|而|不过)[，,]?)?(?:在|从|就)?([^，,。；;：:、“”《》\s]{2,20}?)(?:方面|来看|上看|看|而言|中)[，,]")
# …and one that ranks places by it before their figures (全省专利授权量居前三位的依次为长沙市（41256件）、…;
# 分市看，有效注册商标拥有量前三位依次是青岛、济南、临沂，分别为…;
# 发明专利授权量排名前三的是武安市、涉县、魏县，分别为…)
_RANKED_TOPIC = re.compile(
    r"(?:全[省市区州国])?([^，,。；;：:、“”《》\s]{2,20}?)(?:居|位居|位列|排名|排在)?(?:全[省市区州国])?"
    r"前[一二三四五六七八九十\d]+[位名]?的?(?:[是为][^，,。；;\d]{2,24}?[，,])?[^，,。；;\d]{0,8}?(?:依次|分别)(?:为|是)"
)
# …and one whose figures run over years after it (全市起重机械产业专利授权量2021年为113件，2022年增加到167件…)
_TOPIC_OF_A_RUN_OF_YEARS = re.compile(
    r"(?:全[省市区州县国])?([^，,。；;：:、“”《》\s\d]{2,20}?)(?=(?:19|20)\d{2}年(?:为|是|达到?|共?有|实现))"
)


def _add_topics(doc: Doc, links: _Links) -> None:
    """The indicator a sentence names as its topic or ranks places by, which the model does not tag, when the
    taxonomy knows it: an INDICATOR span of the paragraph that the figures after it take, up to the full stop, where they have
    no link, no indicator comes between and a value counts no noun of its own (质押融资方面，15家企业…)."""
    ents = links.ents
    for s in [0] + [m.end() for m in _FULL_STOP.finditer(text_of(doc))]:
        lead = _SENTENCE_LEAD.match(text_of(doc), s).end()
        topic = _TOPIC.match(text_of(doc), lead) or _RANKED_TOPIC.match(text_of(doc), lead) \
            or _TOPIC_OF_A_RUN_OF_YEARS.match(text_of(doc), lead)
        if topic is not None and match_indicator(topic.group(1)) is None and topic.re is _TOPIC:
            topic = _RANKED_TOPIC.match(text_of(doc), topic.end())  # 分市看，有效注册商标拥有量前三位依次是…
        if topic is None or match_indicator(topic.group(1)) is None:
            continue
        span = doc.char_span(*topic.span(1), label="INDICATOR")
        if span is None or any(e.start_char < span.end_char and span.start_char < e.end_char for e in ents):
            continue
        end = _sentence(doc, span.start_char, span.end_char, _FULL_STOP)[1]
        ents.append(span)
        for i in sorted((i for i, e in enumerate(ents) if span.end_char <= e.start_char < end), key=lambda i: ents[i].start_char):
            ent = ents[i]
            if ent.label_ == "INDICATOR":
                break
            relation = _LINK_TO_INDICATOR.get(ent.label_)
            if relation is None or links.child(i, relation) is not None:
                continue
            if ent.label_ == "QUANTITY" and (
                _not_a_measure(doc, ent) or _closes_a_list(doc, ent) or _against_average(doc, ent)
                or noun_counted_after(text_of(doc), ent.end_char) is not None
            ):
                continue
            links.add(i, len(ents) - 1, relation)


# 制定出台地理标志保护工程实施方案, 深入实施苏州市“十四五”知识产权发展规划, 发布地方标准企业知识产权海外风险防控指南: a title
# outside 《》, after a verb that issues or carries out a document, ending in a kind that only a named document has (…实施方案,
# …工作规程, …发展规划, …合作协议; not a bare 方案 or 措施), with its （试行） or period
_TITLE_KIND = (
    r"(?:(?:实施|工作|行动|总体|专项)方案|(?:管理|实施|资助|奖励|登记|工作)办法|(?:实施|工作)细则|工作(?:规程|规则)"
    r"|(?:工作|应对|审理|判断|处理)指引|(?:审理|防控|工作)指南|(?:发展|运用|保护)规划|”规划|(?:促进|保护|专利|管理)条例"
    r"|行动计划|(?:合作|协作)(?:框架)?协议|(?:实施|指导|若干)意见|若干措施|(?:若干|管理)规定|(?:建设|发展)纲要)"
)
_TITLE_CHARS = r"(?:[^\s\d，,。；;：:、《》（）()“”\"和及与或的]|\d{4}年|“[^”，。；]{1,10}”|[和及与](?=[^，。；]{0,12}?(?:规划|条例|方案|计划)))"
_TITLE = (r"(?P<title>(?!本|我|各|年度|区域|跨区域|试点|相关|一系列|系列|配套|一批|多项|各项|有关|上述)" + _TITLE_CHARS + r"{2,30}?"
          + _TITLE_KIND + r"(?:[（(][^（）()，。；〔〕]{2,16}(?<!号)[）)])?)")
_UNQUOTED_TITLE = re.compile(
    r"(?<!关于)(?:(?P<issued>制定|印发|出台|发布|修订|编制|签署|签订)|实施|落实|贯彻|执行|对照|依据|按照|启动)(?:出台|印发|实施|发布|完善|了|的)?"
    r"(?:地方标准|团体标准)?" + _TITLE
)
# …审理指引和网络游戏知识产权案件审理指南: a second title the same verb governs; 贯彻《…纲要》和河南省…纲要: one after a title in 《》
_NEXT_UNQUOTED_TITLE = re.compile(r"[和及、]" + _TITLE)
_AFTER_A_QUOTED_TITLE = re.compile(r"》[和及、]" + _TITLE)
# 今年是咸宁市知识产权强市建设实施方案（2023—2025年）的收官之年: a place's titled plan with its period, whatever the verb
_PERIOD_IN_BRACKETS = r"[（(](?:19|20)\d{2}\s*" + RANGE_DASH + r"\s*(?:19|20)\d{2}年?[）)]"
_PLACES_PLAN_WITH_ITS_PERIOD = re.compile(_TITLE_CHARS + r"{2,30}?" + _TITLE_KIND + _PERIOD_IN_BRACKETS)
_ENDS_WITH_A_PERIOD = re.compile(_PERIOD_IN_BRACKETS + "$")
# 各设区市结合实际制定…实施方案, 指导各市州…制定…规划: the plans each city is to make are no one document
_EACH_UNIT_MAKING = re.compile(r"各(?:地|市|县|区|设区市|市州|地市|省|区县|县区)[^，。；]{0,20}$")
_NOT_IN_A_TITLE = frozenset({"QUANTITY", "GROWTH", "RANK", "DOC_NO", "POLICY"})


# 对照专利法有关条款, 将专利法和商标法纳入…: an intellectual-property law by its short name outside 《》, not inside the full
# name (中华人民共和国专利法) nor a longer word or title (专利法律, 专利法治, 专利法实施细则)
_LAW_BY_ITS_SHORT_NAME = re.compile(r"(?<![国《])(?:专利|商标|著作权|反不正当竞争)法(?![律规治务院庭官学典实])")


def _unquoted_titles(text: str) -> list[tuple[int, int]]:
    """Where the paragraph names titles outside 《》: after a verb that issues one, unless the bodies that make it are
    each city (各设区市…制定…方案); after one that carries one out (深入实施…, 认真落实…) or a title in 《》 and 和, only a
    title opening with the place or year it is of or a quoted name (苏州市…规划, 2024年…方案, “十四五”…规划) or ending with
    its period (知识产权强国建设纲要（2021—2035年）), not the short name of one named in full before (…《吉林省…三年行动方案
    （…）》。…深入落实知识产权质押融资三年行动方案); after any word, a place's plan with its period and an intellectual-property
    law by its short name (专利法)."""
    found = []
    for m in [*_UNQUOTED_TITLE.finditer(text), *_AFTER_A_QUOTED_TITLE.finditer(text)]:
        clause = max(text.rfind(c, 0, m.start()) for c in "，,。；;") + 1
        issued = "issued" in m.groupdict() and m.group("issued")
        if issued and _EACH_UNIT_MAKING.search(text, clause, m.start()):
            continue
        title = m.group("title")
        if not issued and not (title[0] == "“" or re.match(r"\d{4}年", title) or any(a == 0 for a, _ in find_region_names(title))
                               or _ENDS_WITH_A_PERIOD.search(title)):
            continue
        found.append(m.span("title"))
        while (more := _NEXT_UNQUOTED_TITLE.match(text, found[-1][1])) is not None:
            found.append(more.span("title"))
    found.extend(m.span() for m in _LAW_BY_ITS_SHORT_NAME.finditer(text))
    for start, _ in find_region_names(text):
        plan = _PLACES_PLAN_WITH_ITS_PERIOD.match(text, start)
        if plan is not None and text.rfind("《", 0, start) <= text.rfind("》", 0, start) and not any(a <= start < b for a, b in found):
            found.append(plan.span())
    return sorted(found)


# 广东省人民政府办公厅印发的《…》: a body's name, before the verb issuing a title (_ISSUING_AFTER_ITS_NAME)
_BODY_ISSUING = re.compile(r"(?:人民政府|政府|办公厅|办公室|局|厅|委员会)$")


# 严格执行[国家知识产权局]发布的《…》 with the verb tagged into the body's name
_VERB_OPENING_A_BODY = re.compile(r"(?:严格|认真|深入|全面|积极)?(?:贯彻落实|贯彻|落实|执行|依据|按照|遵照|用好)")


def _verbs_cut_from_bodies(doc: Doc, links: _Links) -> None:
    """[严格执行国家知识产权局]发布的《…》: a verb of carrying a title out, opening an ORG span, is cut from it, which
    keeps its links; the body is the rest (the issuer the policy fact names)."""
    ents = links.ents
    for i, ent in enumerate(ents):
        verb = _VERB_OPENING_A_BODY.match(ent.text) if ent.label_ == "ORG" else None
        if verb is not None and len(ent.text) - verb.end() >= 3:
            body = doc.char_span(ent.start_char + verb.end(), ent.end_char, label="ORG")
            if body is not None:
                ents[i] = body


def _bodies_tagged_as_titles(doc: Doc, links: _Links) -> None:
    """…和广东省人民政府办公厅印发的《…》 with the body tagged as a POLICY: outside 《》 and issuing the title after it, it
    is an ORG, its links dropped (the issuer is then read from the verb, and a number from the title it stands after)."""
    ents, text = links.ents, text_of(doc)
    for i, ent in enumerate(ents):
        if ent.label_ == "POLICY" and text[ent.start_char - 1 : ent.start_char] != "《" and _BODY_ISSUING.search(ent.text) \
                and _ISSUING_AFTER_ITS_NAME.match(text, ent.end_char):
            links.detach(i)
            ents[i] = doc.char_span(ent.start_char, ent.end_char, label="ORG")


def _add_unquoted_titles(doc: Doc, links: _Links) -> None:
    """Titles written outside 《》 that the model does not tag: a POLICY span for each, where no figure, rank, number or
    title of the model's lies inside."""
    ents, text = links.ents, text_of(doc)
    for start, end in _unquoted_titles(text):
        span = doc.char_span(start, end, label="POLICY")
        if span is None or _DIGIT_AFTER.match(text, end) or any(
            e.label_ in _NOT_IN_A_TITLE and e.start_char < end and start < e.end_char for e in ents
        ):
            continue
        ents.append(span)


# 《…实施方案（2024—2025年）》（粤府办〔2024〕5号）, …工作方案（国知发保字〔2024〕9号）: a number in brackets right after a title
_NUMBER_AFTER_A_TITLE = re.compile(r"》?\s*[（(]")


def _numbers_after_their_titles(doc: Doc, links: _Links) -> None:
    """A document number the model linked to no title, in brackets right after one that has none (an unquoted title
    found here, or a title whose number the model gave to a body it took for a title): that title's number."""
    ents, text = links.ents, text_of(doc)
    for k, number in enumerate(ents):
        if number.label_ != "DOC_NO" or links.children(k, "DOC_NO_OF"):
            continue
        title = next((p for p, e in enumerate(ents) if e.label_ == "POLICY" and e.end_char <= number.start_char
                      and _NUMBER_AFTER_A_TITLE.fullmatch(text, e.end_char, number.start_char)), None)
        if title is not None and not links.heads(title, "DOC_NO_OF"):
            links.add(k, title, "DOC_NO_OF")


# the end of the clause a 分别 list of regions stands in (a 、 or 和 goes on with the list)
_LIST_CLAUSE_END = re.compile(r"[，；,;]")
# 三市每万人口…分别为: a count of the regions listed in the sentence before
_REGIONS_COUNTED = re.compile(r"([两二三四五六七八九十]|\d{1,2})个?(?:省|市|区|县|州|地|国|镇|乡|街道)")  # 三市, 三镇


# 三穗县“三穗鸭”、麻江县“麻江蓝莓”产值分别…: each place listed with the product it is known for
_QUOTED_NAME_AND_SEPARATOR = re.compile(r"“[^”]{1,10}”\s*[、和及与]")
# 西海岸新区（黄岛区）、崂山区: the bracket closing a zone's district, then the next item
_BRACKET_AND_SEPARATOR = re.compile(r"[）)]\s*[、和及与]")
_ZONE_BEFORE_A_DISTRICT_AT_END = re.compile(ZONE_BEFORE_ITS_DISTRICT.pattern + "$")


def _names_a_zones_district(doc: Doc, region: Span) -> bool:
    """西海岸新区（黄岛区）、崂山区…分别为…: a district in brackets after its zone's name (a PDF's line break
    between them too), an item of the list."""
    before = re.sub(r"\s+", "", text_of(doc)[max(0, region.start_char - 16) : region.start_char])
    return _ZONE_BEFORE_A_DISTRICT_AT_END.search(before) is not None


def _region_run(doc: Doc, ents: list[Span], before: list[int], until: int, within: Region | None) -> list[int]:
    """The list of regions a 分别 list is about (长沙市、株洲市、湘潭市专利授权量分别为…; 渝北区、永川区分别实现…;
    苏锡常三市…分别为…): regions apart only by list separators (and a quoted product's name), or of one character each side by side,
    with nothing but indicators after them before 分别 (at ``until``); the
    last may be the start of the body they share (广东、江苏、浙江法院…; 深圳、广州两市法院…), which is
    added to ``ents`` as a REGION."""
    before = list(before)
    for i in [i for i in before if ents[i].label_ == "ORG" and _LIST_SEPARATOR.search(ents[i].text)]:
        places = _listed_places(doc, ents[i].start_char, ents[i].end_char, within)
        if len(places) >= 2:  # 盐湖、永济 tagged as one body: the places it lists
            ents[i] = places[0]
            ents.extend(places[1:])
            before[before.index(i) + 1 : before.index(i) + 1] = range(len(ents) - len(places) + 1, len(ents))
    k = len(before) - 1
    # 鸠江区、弋江区2015年专利申请量分别为; 丛台区、邯山区、复兴区三个主城区有效发明专利分别为 (a tally of the places)
    while k >= 0 and (ents[before[k]].label_ in ("INDICATOR", "DATE")
                      or (ents[before[k]].label_ == "QUANTITY" and _not_a_measure(doc, ents[before[k]]))):
        k -= 1
    # 嘉峪关市、金昌市依托酒钢集团、金川集团等龙头企业，…分别达到: bodies given as examples (…等) are not those listed
    if k >= 0 and ents[before[k]].label_ == "ORG" and text_of(doc).startswith("等", ents[before[k]].end_char):
        while k >= 0 and ents[before[k]].label_ == "ORG":
            k -= 1
    body = before[k] if k >= 0 and ents[before[k]].label_ == "ORG" else None
    k -= body is not None
    run: list[int] = []
    while k >= 0 and ents[before[k]].label_ == "REGION":
        between = text_of(doc)[ents[before[k]].end_char : ents[run[0]].start_char].strip() if run else ""
        abbreviated = bool(run) and not between and len(ents[before[k]].text) == len(ents[run[0]].text) == 1  # 苏锡常
        bracketed = _BRACKET_AND_SEPARATOR.fullmatch(between) and _names_a_zones_district(doc, ents[before[k]])
        if run and not _LIST_SEPARATOR.fullmatch(between) and not abbreviated and not bracketed \
                and not _QUOTED_NAME_AND_SEPARATOR.fullmatch(between):
            missed = _untagged_regions_between(doc, ents[before[k]].end_char, ents[run[0]].start_char, within)
            if not missed:
                break
            ents.extend(missed)
            run[:0] = range(len(ents) - len(missed), len(ents))
        run.insert(0, before[k])
        k -= 1
    if not run and k + 1 < len(before) and (cut := _region_opening_an_indicator(doc, ents, before[k + 1], within)) is not None:
        run = [cut]
    while run and (first := _untagged_region_before(doc, ents, ents[run[0]].start_char, within)) is not None:
        ents.append(first)
        run.insert(0, len(ents) - 1)
    while run and (last := _untagged_region_after(doc, ents, ents[run[-1]].end_char, within)) is not None:
        ents.append(last)
        run.append(len(ents) - 1)
    after = next((i for i in before if run and ents[i].start_char == ents[run[-1]].end_char + 1), None)
    if after is not None and (cut := _region_opening_an_indicator(doc, ents, after, within)) is not None:
        run.append(cut)  # 北辰 in 西青、武清、北辰专利授权量分别为…, the last tagged with the indicator
    counted = ents[before[k + 1]].start_char if k + 1 < len(before) else until  # where what 分别 counts begins
    if not run and (k < 0 or ents[before[k]].end_char <= _sentence(doc, counted, counted, _CLAUSE_BREAK)[0]):
        run = _places_of_listed_products(doc, ents, counted, within)  # nothing in its clause but a list of products, if any
    if run and (last := _region_heading_a_body(doc, ents, ents[run[-1]].end_char, body, within)) is not None:
        ents.append(last)
        run.append(len(ents) - 1)
    elif body is not None:
        return _regions_of_listed_bodies(doc, ents, before[: k + 2], within) if not run else []
    if len(run) < 2:
        return []
    _namesakes_below(doc, ents, run, within)
    return run


def _namesakes_below(doc: Doc, ents: list[Span], run: list[int], within: Region | None) -> None:
    """吉林 in 长春、吉林、四平…分别为 of 吉林省's report: a listed name that reads as the report's own region, among places
    below it, is the city named after it (吉林市), so its figure is that city's."""
    if within is None:
        return
    places = [_place(doc, ents[k], within) for k in run]
    below = [p for p in places if p is not None and p.code != within.code and is_inside(p, within)]
    if len(below) * 2 < len(run):
        return
    for k, place in zip(run, places):
        if place is not None and place.code == within.code:
            namesake = resolve_place(ents[k].text, within, counted_as="市州盟")
            if namesake is not None and namesake.code != within.code:
                ents[k] = Span(doc, ents[k].start, ents[k].end, label="REGION", kb_id=namesake.code)


_COUNT_OF_ITEMS = re.compile(r"[两二三四五六七八九十](?:大|个|项|类|种)$")  # the count of the products listed (两大)
# “泌阳花菇”“正阳花生”全产业链产值: quoted names side by side (or apart by list separators), then what is measured
_QUOTED_ITEMS = re.compile(r"(?:“[^“”]{2,10}”\s*[、和及与]?\s*){2,}")
_QUOTED_NAME = re.compile(r"“([^”]+)”")


def _places_of_listed_products(doc: Doc, ents: list[Span], end: int, within: Region | None) -> list[int]:
    """涪陵榨菜、奉节脐橙两大地理标志产品品牌价值分别达到… (in a paragraph about geographical indications), “泌阳花菇”“正阳花生”
    全产业链产值分别突破…: products named after places below the report's region (:func:`_product_of_a_place`), listed
    alone in the clause before what 分别 measures (at ``end``); their places' names are added to ``ents`` as REGION spans."""
    text = text_of(doc)
    start = _SENTENCE_LEAD.match(text, _sentence(doc, end, end, _CLAUSE_BREAK)[0]).end()
    quoted = _QUOTED_ITEMS.match(text, start, end)
    if quoted is not None and "“" not in text[quoted.end() : end]:
        items = [(m.start(1), m.group(1)) for m in _QUOTED_NAME.finditer(text, quoted.start(), quoted.end())]
    else:
        listed = _COUNT_OF_ITEMS.sub("", text[start:end])
        if "地理标志" not in text[: _sentence(doc, end, end)[1]] or "、" not in listed:
            return []
        items = []
        for item in listed.split("、"):
            items.append((start, item))
            start += len(item) + 1
    spans, below = [], False
    for at, item in items:
        begins = place_a_name_begins_with(item, within)
        if begins is None or begins[0] != 0 or not 1 <= len(item) - begins[1] <= 6 or within is None \
                or not (is_inside(begins[2], within) or begins[2].code == within.code) or not re.fullmatch(r"[\u4e00-\u9fff]+", item):
            return []
        below = below or begins[2].code != within.code  # 鄂州武昌鱼 beside 梁子湖大河蟹: the report's own place's, listed too
        spans.append(doc.char_span(at, at + begins[1], label="REGION"))
    if None in spans or not below:
        return []
    ents.extend(spans)
    return list(range(len(ents) - len(spans), len(ents)))


def _regions_of_listed_bodies(doc: Doc, ents: list[Span], before: list[int], within: Region | None) -> list[int]:
    """西湖区人民法院、滨江区人民法院、余杭区人民法院分别新收…: public bodies listed before 分别, each named after
    the region it serves, whose names are added to ``ents`` as REGION spans."""
    spans: list[Span] = []
    after = None  # the body listed after this one (中国（沈阳）…中心、中国（大连）…中心: its name, not its place, follows the 、)
    for k in reversed(before):
        body = ents[k]
        if body.label_ != "ORG" or not _PUBLIC_BODY.search(body.text) \
                or (after is not None and not _LIST_SEPARATOR.fullmatch(text_of(doc)[body.end_char : after.start_char].strip())):
            break
        named = place_a_name_begins_with(body.text, within)
        if named is None:
            return []
        spans.insert(0, doc.char_span(body.start_char + named[0], body.start_char + named[1], label="REGION"))
        after = body
    if len(spans) < 2 or None in spans:
        return []
    ents.extend(spans)
    return list(range(len(ents) - len(spans), len(ents)))


def _ends_a_list_of_places(doc: Doc, ents: list[Span], k: int, within: Region | None) -> bool:
    """芜湖市 in 在合肥市、芜湖市落地，发行规模18.6亿元, 潍坊 in 中国（济南）、…、中国（潍坊）、中国（烟台）知识产权保护中心全年受理…:
    the last of places listed together, not one place; but zones of one city listed together stand for it
    (在拉萨经济技术开发区、拉萨高新区先后举办…7场)."""
    place = _place(doc, ents[k], within)
    current = ents[k]
    while (before := max((e for e in ents if e.end_char <= current.start_char), key=lambda e: e.end_char, default=None)) is not None \
            and before.label_ == "REGION" and _apart_in_a_list(text_of(doc)[before.end_char : current.start_char]):
        current = before  # by offset: towns found after the model ran are appended to the spans
        other = _place(doc, current, within)
        if place is None or other is None or other.code != place.code or other.name != place.name:
            return True
    return False


# 中国（济南）、中国（青岛）…知识产权保护中心: the places of bodies named after them, listed
_BETWEEN_LISTED_BODIES_PLACES = re.compile(r"\s*[）)]\s*[、和及与]\s*中国\s*[（(]\s*")


def _apart_in_a_list(between: str) -> bool:
    """Whether the text between two places is what separates items of a list (合肥市、芜湖市; 中国（济南）、中国（青岛）)."""
    return _LIST_SEPARATOR.fullmatch(between.strip()) is not None or _BETWEEN_LISTED_BODIES_PLACES.fullmatch(between) is not None


def _ends_a_list_of_bodies(doc: Doc, ents: list[Span], k: int) -> bool:
    """The place of the last of listed bodies (:func:`_regions_of_listed_bodies`: 中国（天津）…中心、中国（滨海新区）…中心
    分别完成…，平均授权周期82天), which governs no clause after the list, as the last of listed regions does not."""
    body = next((e for e in ents if e.label_ == "ORG" and e.start_char <= ents[k].start_char and ents[k].end_char <= e.end_char), None)
    return body is not None and any(
        e.label_ == "ORG" and _LIST_SEPARATOR.fullmatch(text_of(doc)[e.end_char : body.start_char].strip()) for e in ents if e.end_char <= body.start_char
    )


def _untagged_regions_between(doc: Doc, start: int, end: int, within: Region | None) -> list[Span]:
    """鼓楼区 in 玄武区、鼓楼区、建邺区…分别为…, where the model tagged the names either side: the list items between
    two tagged ones, each a region's name or a short name of one below the report's (云和 in 缙云、云和、青田…,
    丽水市's report; 临猗、稷山 in 河津、临猗、稷山、芮城…); none unless every item between is one."""
    text = text_of(doc)
    if end - start < 4 or not (_LIST_SEPARATOR.fullmatch(text[start]) and _LIST_SEPARATOR.fullmatch(text[end - 1])):
        return []
    return _listed_places(doc, start + 1, end - 1, within)


def _listed_places(doc: Doc, start: int, end: int, within: Region | None) -> list[Span]:
    """The items of a list between ``start`` and ``end`` as REGION spans, where every item is a region's name or a
    short name of one below the report's (临猗、稷山; 盐湖、永济, which the model may tag as one body); else none."""
    def is_place(name: str) -> bool:
        named = find_region_spans(name, within)
        return (len(named) == 1 and named[0][:2] == (0, len(name))) or _short_name_below(name, within)

    spans = []
    for item in re.finditer(r"[^、]+", text_of(doc)[start:end]):
        # 云和 is a name, not 云 and a 和; 临猗和稷山 two
        parts = [item] if is_place(item.group()) else list(re.finditer(r"[^和及与]+", item.group()))
        if not all(is_place(part.group()) for part in parts):
            return []
        offset = start + (item.start() if parts[0] is not item else 0)
        spans += [doc.char_span(offset + part.start(), offset + part.end(), label="REGION") for part in parts]
    return spans if None not in spans else []


def _untagged_region_before(doc: Doc, ents: list[Span], start: int, within: Region | None) -> Span | None:
    """白云区 in 。白云区、花都区专利授权量分别为…, where the model tagged only the second name: an untagged region
    name that opens its clause or follows another item, right before the list separator at ``start``."""
    text = text_of(doc)
    if start < 2 or not _LIST_SEPARATOR.match(text, start - 1):
        return None
    end = start - 1
    low = max(0, end - 12)
    for a, b, _ in find_region_spans(text[low:end], within):
        a, b = low + a, low + b
        if b == end and (a == 0 or text[a - 1] in _ITEM_START) and not any(e.start_char < end and a < e.end_char for e in ents):
            return doc.char_span(a, end, label="REGION")
    a = max([text.rfind(c, low, end) + 1 for c in _ITEM_START]  # or right after a date (一季度庆元、龙泉…)
            + [e.end_char for e in ents if e.label_ == "DATE" and low <= e.end_char <= end - 2])
    if _short_name_below(text[a:end], within) and not any(e.start_char < end and a < e.end_char for e in ents):
        return doc.char_span(a, end, label="REGION")  # 康定 in 康定、泸定、稻城专利授权量分别为… (甘孜州's report)
    return None


def _untagged_region_after(doc: Doc, ents: list[Span], end: int, within: Region | None) -> Span | None:
    """稻城 in …泸定、稻城专利授权量分别为…, where the model tagged only the name before: a short name of a region below
    the report's, after the list separator at ``end`` and right before the next entity."""
    text = text_of(doc)
    if not _LIST_SEPARATOR.match(text, end):
        return None
    after = min((e.start_char for e in ents if e.start_char > end), default=None)
    if after is None:
        return None
    if _short_name_below(text[end + 1 : after], within):
        return doc.char_span(end + 1, after, label="REGION")
    # 荣昌 and 永川 in 璧山、荣昌、永川专利商标质押融资登记金额分别为…, what they share untagged: the longest name there
    n = _short_name_opening(text[end + 1 : after], within)
    return doc.char_span(end + 1, end + 1 + n, label="REGION") if n else None


def _region_opening_an_indicator(doc: Doc, ents: list[Span], i: int, within: Region | None) -> int | None:
    """北碚 in 渝北、江北、九龙坡、沙坪坝、北碚发明专利授权量分别为…, tagged as one indicator: a short name of a region below
    the report's that opens an indicator span right after a list separator, cut from it as a REGION added to ``ents``
    (its index returned); the indicator keeps the rest and its links."""
    text, ent = text_of(doc), ents[i]
    if ent.label_ != "INDICATOR" or ent.start_char == 0 or not _LIST_SEPARATOR.match(text, ent.start_char - 1):
        return None
    n = _short_name_opening(ent.text[:-2], within)  # the indicator keeps two characters at least
    if not n:
        return None
    ents[i] = doc.char_span(ent.start_char + n, ent.end_char, label="INDICATOR")
    ents.append(doc.char_span(ent.start_char, ent.start_char + n, label="REGION"))
    return len(ents) - 1


def _short_name_opening(text: str, within: Region | None) -> int:
    """The length of the longest :func:`_short_name_below` that ``text`` opens with (渝北 of 渝北发明…), 0 if none."""
    return next((n for n in (4, 3, 2) if n <= len(text) and _short_name_below(text[:n], within)), 0)


def _short_name_below(name: str, within: Region | None) -> bool:
    """A region's name of two to four characters that the report's region holds (康定 → 康定市 in 甘孜州)."""
    if within is None or not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        return False
    region = resolve_region(name, within)
    return region is not None and is_inside(region, within)


# what stands right before the first item of a list, or between two
_ITEM_START = "，。；：,;:、（(\n"


def _region_heading_a_body(doc: Doc, ents: list[Span], end: int, body: int | None, within: Region | None) -> Span | None:
    """The region named after a list separator at ``end`` that begins the body a list of regions
    shares (guidelines: only the last, complete name is an ORG), untagged or as the start of the ORG ``body``;
    ``within`` tells a name several units share (海淀区、朝阳区知识产权纠纷人民调解委员会 in 北京市's report)."""
    text = text_of(doc)
    start = end + 1
    stop = _region_named_at(text, start, within) if _LIST_SEPARATOR.match(text, end) else None
    if stop is None:
        return None
    if body is not None and ents[body].start_char != start:
        return None
    if body is None and any(e.start_char < stop and start < e.end_char for e in ents):
        return None
    return doc.char_span(start, stop, label="REGION")


# a community's or a village's word right after a name (马鞍山社区, 深圳村)
_COMMUNITY_WORD = re.compile(r"社区|村(?![镇乡])")
# a town's word right after a name the model tagged without it (岳阳 of 岳阳镇, which is a city's name too), not 乡镇
_TOWN_WORD_AFTER_A_STEM = re.compile(r"镇|乡(?!镇)|街道")
_LEVEL_WORD_AT_END = re.compile(r"[省市县区州盟旗]$")


def _place(doc: Doc, region: Span, within: Region | None) -> Region | None:
    """The region a REGION span names, read as the level a count after its list gives (赣县 in
    章贡、南康、赣县三区 is 赣县区, 锡 in 苏锡常三市 无锡市); a development zone's (:func:`_add_zones`) is
    the region its name is or begins with when that lies in ``within``, else ``within``."""
    if region.kb_id_ == _FOREIGN:
        return foreign_country(region.text)
    if region.kb_id_:  # a zone the document named with its district (:func:`_add_zones`)
        return region_by_code(region.kb_id_, region.text)
    if _COMMUNITY_WORD.match(text_of(doc), region.end_char) and not _LEVEL_WORD_AT_END.search(region.text):
        return None  # 马鞍山社区, a community of 桃花江镇: no 马鞍山市
    zone = _ZONE_WORD_AT_END.search(region.text)
    if zone is not None:
        name = region.text[: zone.start()]
        return _named_inside(name, within) or _place_a_zone_begins_with(name, within) or within
    town = _TOWN_WORD_AFTER_A_STEM.match(text_of(doc), region.end_char) if not _LEVEL_WORD_AT_END.search(region.text) else None
    if town is not None and (named := town_region(region.text + town.group())) is not None:
        return named  # 在[岳阳]镇城区: the model stopped short of a town's 镇
    counted = counted_level(text_of(doc), region.start_char, region.end_char)
    found = resolve_place(region.text, within=within, counted_as="" if region.text.endswith(counted) else counted)
    if found is None and counted and region.text.endswith(counted):
        return Region(region.text, None, region.text)  # 师古镇 in 师古镇、马祖镇…: a town named in full, listed with others
    if found is not None and found.code is not None and within is not None and not is_inside(found, within) \
            and found.code != within.code and _opens_a_common_word(doc, region):
        return None  # 普洱 of 普洱茶 (a kind of tea) in 景洪市's report: no place's figure
    if found is None and _SENTENCE_LEAD.fullmatch(text_of(doc), _sentence(doc, region.start_char, region.end_char, _CLAUSE_BREAK)[0], region.start_char):
        found = _division_a_name_opens_with(region.text, within)  # 禅城区佛山照明全年…, tagged up to 佛山
    return found


def _opens_a_common_word(doc: Doc, region: Span) -> bool:
    """普洱 of 普洱茶: a name the word segmenter reads as the start of a longer word that names no place."""
    text = text_of(doc)
    k = word_starts(text).get(region.start_char)
    if k is None:
        return False
    word, flag, start = placed_words(text)[k]
    return start + len(word) > region.end_char and flag != "ns"


def _division_a_name_opens_with(name: str, within: Region | None) -> Region | None:
    """The division whose full name opens a body's or a place's name (顺德区美的集团, 禅城区佛山照明), or the town
    named right after it (南海区九江镇, 锡山区东港镇…工作站), or the one in brackets after a zone's name
    (乌鲁木齐经开区（头屯河区）规模以上工业企业): the subject of a clause the name opens."""
    district = district_after_a_zone(name, within)
    if district is not None:
        return district
    begins = place_a_name_begins_with(name, within)
    if begins is None or begins[0] != 0 or not name.startswith(begins[2].name):
        return None  # not 广州 in 广州知识产权法院, a short name
    region, end = begins[2], begins[1]
    inner = place_a_name_begins_with(name[end:], region)  # 佛山市顺德区, 陇南市武都区
    if inner is not None and inner[0] == 0 and name.startswith(inner[2].name, end) and is_inside(inner[2], region):
        region, end = inner[2], end + inner[1]
    town = TOWN_NAME.match(name, end)
    return (town_region(town.group()) if town else None) or region


def _named_inside(text: str, within: Region | None) -> Region | None:
    """The region the whole of ``text`` names when it lies below ``within`` (兰州 in 兰州新区 of 甘肃省's report; a
    county's short name too, read within the report's region: 浏阳 in 浏阳经开区 of 湖南省's)."""
    region = resolve_region(text, within=within) if text else None
    return region if region is not None and (within is None or is_inside(region, within)) else None


def _place_a_zone_begins_with(name: str, within: Region | None) -> Region | None:
    """The city below ``within`` a zone's name opens with, where the rest names no region (钦州港片区 → 钦州市, 大连金普新区
    → 大连市); not a county's short name, which may be the zone's own former name (长岛综合试验区 replaced 长岛县)."""
    begins = place_a_name_begins_with(name, within)
    return begins[2] if begins is not None and begins[0] == 0 and begins[2].code and begins[2].code.endswith("00") \
        and (within is None or is_inside(begins[2], within)) else None


_ZONE_WORD_AT_END = re.compile(DEVELOPMENT_ZONE + "$")


def _add_zones(doc: Doc, links: _Links, ctx: _Context) -> None:
    """Development zones, which are no regions (GUIDELINES.md), as REGION spans of the paragraph where
    their figures tell a region: a zone named after a region below the report's stands for it (兰州新区,
    德阳高新区 in a province's report), also where the model tagged the zone's name as a body's (乌鲁木齐经济技术
    开发区); one that is an item of a list of regions stands for that region or the section's (南昌县、南昌高新区、
    南昌经开区…分别为…: three items, not one). Others, and those inside a longer span, are left as they are."""
    text, ents = text_of(doc), links.ents
    for m in ZONE_NAME.finditer(text):
        start, end = m.start(), m.end()
        zone = _ZONE_WORD_AT_END.search(text, start, end)
        named = None
        for find in (_named_inside, _place_a_zone_begins_with):  # a whole name anywhere before a city's opening one
            for a in range(start, zone.start() - 1):
                named = find(text[a : zone.start()], ctx.region)
                if named is not None:
                    start = a
                    break
            if named is not None:
                break
        district = None
        if named is None and not _BRACKET_AFTER.match(text, end):
            found = _district_of_a_zone_named_before(text[start:end], ctx)
            if found is not None:
                start, district = end - found[0], found[1]
                named = district
        if named is None and ctx.region is not None:
            # 广州科学城 in a report on 黄埔区: a zone named after a place around the report's region lies in it
            begins = place_a_name_begins_with(text[start : zone.start()], ctx.region)
            if begins is not None and begins[0] == 0 and is_inside(ctx.region, begins[2]):
                district = named = ctx.region
        if text.endswith("原", 0, start):
            continue  # a former name (德阳高新区(原广汉高新区)) is no place of the figures
        listed = (start > 0 and text[start - 1] == "、") or text.startswith("、", end)
        if named is None and not (listed and (start == 0 or text[start - 1] in _ITEM_START)):
            continue
        if named is None and not any(e.label_ == "REGION" and (e.end_char == start - 1 or e.start_char == end + 1) for e in ents):
            continue  # a list of zones alone, or of other things, tells no region
        touching = [k for k, e in enumerate(ents) if e.start_char < end and start < e.end_char]
        span = doc.char_span(start, end, label="REGION", kb_id=district.code if district else "")
        if not touching:
            ents.append(span)
        elif len(touching) == 1 and ents[touching[0]].label_ == "REGION" and start <= ents[touching[0]].start_char:
            ents[touching[0]] = span  # 兰州 of 兰州新区 tagged alone
        elif len(touching) == 1 and named is not None and ents[touching[0]].label_ == "ORG" \
                and start <= ents[touching[0]].start_char and ents[touching[0]].end_char <= end:
            ents[touching[0]] = span  # the zone's name, or some of it (海口江东 of 海口江东新区), tagged as a body's


_BRACKET_AFTER = re.compile(r"\s*[（(]")  # a zone named with its district right after it, not a later mention


def _district_of_a_zone_named_before(name: str, ctx: _Context) -> tuple[int, Region] | None:
    """西海岸新区 alone in a document that named it 西海岸新区（黄岛区） (:func:`zones_named_with_their_district`):
    that district, with how many characters at the end of ``name`` the zone's name takes (建成西海岸新区: five).
    Names that share the zone's word and the two characters before it are taken for one."""
    for declared, district in ctx.zone_districts.items():
        shared = len(os.path.commonprefix([name[::-1], declared[::-1]]))
        if shared >= len(declared) - _ZONE_WORD_AT_END.search(declared).start() + 2:
            return shared, district
    return None


_FOREIGN = "foreign_country"  # the kb_id of a country's REGION span (:func:`_add_foreign_countries`)
_CLAUSE_START = re.compile(r"(?:^|[，,：:。！？；!?;\n])")


def _add_foreign_countries(doc: Doc, links: _Links) -> None:
    """Foreign countries that open a clause, alone or listed (2023年越南受理…商标注册申请2317件; 其中日本3.9万件;
    美国、日本、德国分别为…), as REGION spans of the paragraph: the subjects of their own figures. One named
    elsewhere is no subject (支持企业在越南、泰国等国申请专利; 获得俄罗斯专利授权41件)."""
    text, ents = text_of(doc), links.ents
    for m in _CLAUSE_START.finditer(text):
        at = _SENTENCE_LEAD.match(text, m.end()).end()
        while (end := foreign_country_end(text, at)) is not None and not _OURS_ABROAD.match(text, end) \
                and not _RIGHTS_HELD_THERE.match(text, end):
            touching = [k for k, e in enumerate(ents) if e.start_char < end and at < e.end_char]
            span = doc.char_span(at, end, label="REGION", kb_id=_FOREIGN)
            if span is None or any((ents[k].start_char, ents[k].end_char, ents[k].label_) != (at, end, "REGION") for k in touching):
                break
            if touching:
                ents[touching[0]] = span  # tagged by the model: the same span, now read as a country
            else:
                ents.append(span)
            if text[end : end + 1] not in ("、", "和", "及", "与"):
                break
            at = end + 1


# 其中美国专利5件、欧洲专利4件: the rights the report's firms hold in a country, counted straight after it (not 日本专利申请量3.9万件,
# the country's own filings)
_RIGHTS_HELD_THERE = re.compile(r"(?:(?:发明|外观设计|实用新型)?专利|(?:注册)?商标)\s*[\d一二三四五六七八九十两]")
# 俄罗斯是我市商标海外布局的首选地，在俄罗斯有效注册的商标68件: a country spoken of as the report's place's market, not
# the subject of figures of its own
_OURS_ABROAD = re.compile(r"(?:是|为|成为)(?:我|本|全)[市县区旗州省]")


def _region_named_at(text: str, start: int, within: Region | None = None) -> int | None:
    """Where a region name that begins at ``start`` ends, tagged or not (浙江 in 广东、江苏、浙江法院)."""
    named = find_region_spans(text[start : start + 12], within)
    return start + named[0][1] if named and named[0][0] == 0 else None


# 同期全省、全国每万人口发明专利拥有量分别为1.09件和6.3件: a 分别 list over deictic words
# ，我们是856件: a figure a speaker gives as their own place's
_OUR_OWN_FIGURE = re.compile(r"(?:^|[，,；;])" + WE + "(?:是|为|有)$")
_DEICTIC_LIST = re.compile(_DEICTIC.pattern + "(?:[、和及与]" + _DEICTIC.pattern + ")+")


def _deictic_lists(doc: Doc, links: _Links, ctx: _Context) -> dict[int, dict]:
    """The region of each value of a 分别 list over deictic words (全市、全省…分别为49.2件和15.7件 in a county's report:
    长沙市, 湖南省), in order, by the index of the value, where no region is named between the words and 分别; and of a
    figure a speaker calls their own (我们是856件)."""
    ents, text = links.ents, text_of(doc)
    found: dict[int, dict] = {}
    for m, s, e in _respectively_marks(doc):
        clause, _ = _sentence(doc, m.start(), m.start(), _CLAUSE_BREAK)
        listed = list(_DEICTIC_LIST.finditer(text, clause, m.start()))
        if not listed or any(x.label_ == "REGION" and listed[-1].end() <= x.start_char < m.start() for x in ents):
            continue
        words = re.findall(_DEICTIC.pattern, listed[-1].group())
        values = sorted((q for q, x in enumerate(ents) if x.label_ == "QUANTITY" and m.end() <= x.start_char < e),
                        key=lambda q: ents[q].start_char)[: len(words)]
        if len(values) == len(words):
            found.update({q: _deictic_region(word, ctx) for q, word in zip(values, words)})
    for q, x in enumerate(ents):  # …分别为1132件、908件和731件，我们是856件: the speaker's own place after the others'
        if x.label_ == "QUANTITY" and q not in found and _OUR_OWN_FIGURE.search(text, max(0, x.start_char - 6), x.start_char):
            found[q] = _deictic_region(None, ctx)
    return found


# 分别向香港特别行政区、澳门特别行政区和台湾省申请人授予发明专利…: the places listed after 分别
_PLACES_AFTER_RESPECTIVELY = re.compile(r"[向对给在从与同]")


def _rank_after_the_count(text: str, quantity: Span) -> tuple[int, re.Match] | None:
    """居15个副省级城市第6位, 排名全省21个市（州）第6位: where the rank opens (its scope word, if any, before the count of
    those ranked, which is no value) and the rest of it after the count."""
    before = _RANKED_AMONG_A_COUNT.search(text, max(0, quantity.start_char - 10), quantity.start_char)
    after = _RANK_AFTER_THE_COUNT.match(text, quantity.end_char) if before is not None else None
    return (before.start(1) if before.group(1) else quantity.start_char, after) if after is not None else None


def _ranks_after_their_count(doc: Doc, links: _Links) -> None:
    """…14.25件，居4个直辖市第三位, where the model tagged the count of those ranked as a value and the rest as an
    indicator or nothing: the whole becomes the RANK of the value right before it in its sentence."""
    ents, text = links.ents, text_of(doc)
    for q, ent in enumerate(ents):
        found = _rank_after_the_count(text, ent) if ent.label_ == "QUANTITY" else None
        if found is None or any(e.label_ == "RANK" and ent.start_char <= e.start_char < found[1].end() for e in ents):
            continue
        start, after = found
        value = _value_before(doc, links, ent.start_char)
        if value is None:  # 我市知识产权综合发展水平居榆林市12个县（市、区）第2位: the rank of the indicator before it
            value = _indicator_right_before(doc, ents, start)
        rank = doc.char_span(start, _RANK_END.match(text, after.end()).end(), label="RANK", alignment_mode="expand")
        if value is None or rank is None:
            continue
        for k, e in enumerate(ents):
            if k != q and e.label_ in ("INDICATOR", "RANK", "REGION") and rank.start_char <= e.start_char and e.end_char <= rank.end_char:
                links.detach(k)  # 副省级城市第4位 as an indicator, 全省 as a rank, 榆林市 as a region: no more than words of the rank
        links.detach(q)
        ents[q] = rank
        links.add(q, value, "RANK_OF")


# 在全省[国家级高新区中排名第七位]: a rank the model took for an indicator, the scope word before it left out
_RANK_TAGGED_AS_INDICATOR = re.compile(r"[^，。；\d]{1,12}?(?:中|之中)" + RANK_VERB + _RANK_POSITION + _RANK_END.pattern)
_SCOPE_WORD_BEFORE = re.compile(_RANK_SCOPE_WORD + "$")


def _ranks_tagged_as_indicators(doc: Doc, links: _Links) -> None:
    """…有效发明专利拥有量达到286件，占全市的26.0%，在全省[国家级高新区中排名第七位], the rank tagged as an indicator: with
    the scope word before it, the RANK of the indicator of the value right before it in its sentence (which gives it
    to the count rather than its share, :func:`_pair_ranks`)."""
    ents, text = links.ents, text_of(doc)
    for i, ent in enumerate(ents):
        if ent.label_ != "INDICATOR" or not _RANK_TAGGED_AS_INDICATOR.fullmatch(ent.text):
            continue
        scope = _SCOPE_WORD_BEFORE.search(text, max(0, ent.start_char - 2), ent.start_char)
        value = _value_before(doc, links, ent.start_char)
        rank = doc.char_span(scope.start() if scope else ent.start_char, ent.end_char, label="RANK")
        if value is None or rank is None:
            continue
        links.detach(i)
        ents[i] = rank
        links.add(i, links.child(value, "VALUE_OF"), "RANK_OF")


_RANK_VERB = re.compile(RANK_VERB)


def _indicator_right_before(doc: Doc, ents: list[Span], position: int) -> int | None:
    """The indicator that only a verb of ranking (居, 位居, 排名) parts from ``position``."""
    return next((k for k, e in enumerate(ents) if e.label_ == "INDICATOR" and e.end_char < position
                 and _RANK_VERB.fullmatch(text_of(doc), e.end_char, position)), None)


def _value_before(doc: Doc, links: _Links, position: int) -> int | None:
    """The last value before ``position`` in its sentence that measures an indicator."""
    ents = links.ents
    s, _ = _sentence(doc, position, position)
    return max((k for k, e in enumerate(ents) if e.label_ == "QUANTITY" and s <= e.start_char and e.end_char <= position
                and links.child(k, "VALUE_OF") is not None), key=lambda k: ents[k].start_char, default=None)


def _regions_respectively(doc: Doc, links: _Links, ctx: _Context) -> None:
    """A 分别 list over regions (before 分别, or after 分别向/对/在) gives each value its own region, in order, as a REGION_OF link
    from the value; a later 分别 that counts them (三市…分别为…) or stands in a later clause of the
    same sentence that names no region (…分别为15832件、5627件和3015件，分别占全省总量的36.3%、12.9%和6.9%;
    …，占全省的比重分别为82.0%、3.8%和2.3%) reuses the list."""
    ents = links.ents
    previous: list[int] = []
    previous_sentence = None  # where the list in ``previous`` was written
    for m, s, e in _respectively_marks(doc):
        before = sorted((i for i, ent in enumerate(ents) if s <= ent.start_char < m.start()), key=lambda i: ents[i].start_char)
        values = sorted((i for i, ent in enumerate(ents) if ent.label_ == "QUANTITY" and m.end() <= ent.start_char < e),
                        key=lambda i: ents[i].start_char)
        run = _region_run(doc, ents, before, m.start(), ctx.region)
        if not run and values and _PLACES_AFTER_RESPECTIVELY.match(text_of(doc), m.end()):
            after = sorted((i for i, ent in enumerate(ents) if m.end() <= ent.start_char < ents[values[0]].start_char),
                           key=lambda i: ents[i].start_char)
            run = _region_run(doc, ents, after, ents[values[0]].start_char, ctx.region)
        if run:
            previous, previous_sentence = run, s
        else:
            counted = _REGIONS_COUNTED.search(text_of(doc), s, m.start())
            clause = max(text_of(doc).rfind("，", s, m.start()), text_of(doc).rfind(",", s, m.start()))
            next_clause = previous_sentence == s and clause >= 0 and not any(
                ents[k].label_ == "REGION" and ents[k].start_char > clause for k in before
            )
            run = previous if next_clause or (counted and parse_number(counted.group(1)) == len(previous)) else []
            if not run and values and (run := _places_counted_before(doc, ents, s, m.start())):
                previous, previous_sentence = run, s
        if run and len(values) > len(run):
            # 和平镇、泗安镇分别实现…5600万元和4200万元，长兴经济技术开发区实现…3.6亿元: the list's own clause
            clause_end = _LIST_CLAUSE_END.search(text_of(doc), m.end(), e)
            values = [v for v in values if clause_end is None or ents[v].start_char < clause_end.start()]
        if run and len(values) == len(run):
            for value, region in zip(values, run):
                links.add(value, region, "REGION_OF")


# 其中缙云县同比增长12.6%, 灌云县增幅居全市首位, 其中邱县增幅达31.1%: a place of the list named again, then its change or rank
_PLACE_NAMED_AGAIN = re.compile(r"(?:其中|尤其是|特别是)?")
_BETWEEN_A_PLACE_AND_ITS_CHANGE = re.compile(r"(?:的)?(?:同比|比上年|较上年)?(?:" + RATE_WORD + "|" + CHANGE_WORD + r")?"
                                             r"(?:达到?|为)?(?:" + RANK_VERB + r")?$")
# 连江县数量居全市首位, 赣州市连续两年居全省首位, 新虹街道新增注册商标量居…: what a place's rank is of, in a few words
_BETWEEN_A_PLACE_AND_ITS_RANK = re.compile(r"[^，。；、\d]{0,10}?" + RANK_VERB + r"$")


def _changes_of_a_place_named_again(doc: Doc, links: _Links, ctx: _Context) -> None:
    """庆元、龙泉、缙云…专利授权量分别为836件、1893件、2415件…，其中缙云县同比增长12.6%: a change (or a rank) whose
    clause opens with one of the places (or a list of them, whose changes 分别 gives) a value of its sentence is of is that
    value's, not the first value's: the
    change becomes a CHANGE_OF_VALUE of the value (paired first in :func:`_pair_growths`), the rank a RANK_OF it."""
    ents, text = links.ents, text_of(doc)
    for x, ent in enumerate(ents):
        if ent.label_ not in ("GROWTH", "RANK"):
            continue
        opening, _ = _sentence(doc, ent.start_char, ent.end_char, _CLAUSE_BREAK)
        between = _BETWEEN_A_PLACE_AND_ITS_CHANGE if ent.label_ == "GROWTH" else _BETWEEN_A_PLACE_AND_ITS_RANK
        # the values of the places listed before, across a ；(…分别为468件、407件和236件；流沙东街道、占陇镇同比分别增长4.2%和6.7%)
        s, _ = _sentence(doc, ent.start_char, ent.end_char, _FULL_STOP)
        placed = {q: ents[r].text for q, e in enumerate(ents) if e.label_ == "QUANTITY" and s <= e.start_char and e.end_char <= opening
                  and (r := links.child(q, "REGION_OF")) is not None}
        place = next((e.text for e in ents if e.label_ == "REGION" and opening <= e.start_char and e.end_char <= ent.start_char
                      and _PLACE_NAMED_AGAIN.fullmatch(text, opening, e.start_char) and between.fullmatch(text, e.end_char, ent.start_char)), None)
        if place is None:  # 其中天子湖镇同比增长41.3%: a listed place's name the model took for something else
            start = _PLACE_NAMED_AGAIN.match(text, opening).end()
            place = next((name for name in placed.values() if text.startswith(name, start)
                          and between.fullmatch(text, start + len(name), ent.start_char)), None)
        if place is None and ent.label_ == "GROWTH":
            place = _place_of_a_listed_change(doc, ents, x, opening, set(placed.values()))
        named = resolve_region(place, ctx.region) if place is not None else None
        values = [q for q, name in placed.items() if name == place or named is not None
                  and (resolve_region(name, ctx.region) or named).code == named.code]
        if place is None or len(values) != 1:
            continue
        if ent.label_ == "GROWTH":
            links.unlink(x, "CHANGE_OF")
            links.add(x, values[0], "CHANGE_OF_VALUE")
        else:
            links.unlink(x, "RANK_OF")
            links.add(x, values[0], "RANK_OF")


# …分别为468件、407件和236件；流沙东街道、占陇镇同比分别增长4.2%和6.7%: several of the places named again, then their
# changes one by one
_RESPECTIVE_CHANGES = re.compile(r"(?:同比|比上年|较上年)?分别(?:" + RATE_WORD + "|" + CHANGE_WORD + r")(?:达到?|为)?$")


def _place_of_a_listed_change(doc: Doc, ents: list[Span], x: int, opening: int, names: set[str]) -> str | None:
    """The place, of ``names``, whose change GROWTH ``x`` is, where its clause opens with a list of them and gives their changes
    in the same order after 分别."""
    text, listed, at = text_of(doc), [], _PLACE_NAMED_AGAIN.match(text_of(doc), opening).end()
    longest_first = sorted(names, key=len, reverse=True)
    while (name := next((n for n in longest_first if text.startswith(n, at)), None)) is not None:
        listed.append(name)
        at += len(name)
        if not text.startswith(tuple("、和及与"), at):
            break
        at += 1
    changes = sorted((e for e in ents if e.label_ == "GROWTH" and at <= e.start_char and e.end_char <= ents[x].end_char),
                     key=lambda e: e.start_char)
    if len(listed) < 2 or not changes or not _RESPECTIVE_CHANGES.fullmatch(text, at, changes[0].start_char) \
            or any(_CLAUSE_BREAK.search(text, a.end_char, b.start_char) for a, b in zip(changes, changes[1:])):
        return None
    return listed[len(changes) - 1] if len(changes) <= len(listed) else None


# 发明专利授权量：目标值100件，完成值128件: a target set for the period under review, beside what was achieved
_TARGET_VALUE = re.compile(r"目标值(?:累计|为|是)?$")
# 按照预算执行率10分、产出指标50分…的权重: the weights of an evaluation's parts, no measure of the place
_WEIGHT_IN_A_SCORE = re.compile(r"(?:[、和及][^，,。；;、]{1,12}?[\d.]+分)*的?权重")
# the words that make a figure a target (全年力争达到3300件, 确保…不低于…)
_AIMED_AT = re.compile(r"力争|争取|确保|目标")


_MEETING_OF_A_TERM = re.compile(r"[一二三四五六七八九十\d]+次(?:全体)?会议")


def _not_a_measure(doc: Doc, quantity: Span) -> bool:
    """A target beside the value achieved (目标值100件，完成值128件), an ordinal (第27届), the size of a group at the
    top (前十家企业), the count of those ranked (居四个城区首位), a tally of headings (以下四个方面, 创造、运用、保护、服务四个方面,
    呈现三个特点, 重点抓了三件事, 重点抓好三项工作：一是…), the size of a group looked among (其他12个市中，), of the places just listed (三个盟的专利授权量, 北京、上海等8个省（市）) or of the items right before it (新材料、生物医药两个重点产业),
    一 meaning "a" (一张新名片) or "not even one" (一天也没停), the first months of a year (今年头两个月), the words of a
    motto (在“补、贴、推”三个字上下功夫), the length of an event (为期三天), an anniversary (成立100周年), a count of
    kinds in a name (8大重点产业), the weight of an evaluation's part (预算执行率10分、产出指标50分…的权重), an adverb (一次性), a
    number inside a set phrase (中央八项规定), two
    numbers side by side (表1 2022年), the count of the places listed right before it (…淄博、青岛6市), a web page's
    registration number (黑ICP备12003651号), a table's number (表1所列), site code (网站标识码：6300000059) or hit count (浏览量：2176), postcode or phone number (邮编：550081), a term of office (市政协十五届三次会议) or screen size
    (建议使用1024×768分辨率浏览), a house number (长春路196号), the count of the places or bodies a total sums
    up (三家单位发明专利授权量合计2060件) or of the towns listed before it (娄葑、斜塘、唯亭、胜浦四个街道), the count of
    those ranked (在全省14个市州中排名第12位), a definition's threshold (规模以上工业：指年主营业务收入2000万元及以上的…) or a bound in
    brackets (普惠性质押融资（单笔1000万元以下）156笔), the threshold of a group a later figure counts
    (有效发明专利拥有量超过10件的企业达到312家; not 全国平均水平7.5件的七成, a share of it), the number who attended an event (专家学者300余人参加,
    which the gold counts as nothing), a count after 这 (这两个地理标志产品), of the names quoted right before it (“绥阳空心面”
    “绥阳金银花”2个产品) or of what a list earlier named (在两个口岸 after 吐尔尕特口岸、伊尔克什坦口岸), a class (国家一类口岸),
    the kinds a list ends with (涵盖番茄、黄瓜…甜瓜等10余类作物), or a part of a ratio (11.2:34.4:54.4), however the relation model linked it."""
    text = text_of(doc)
    threshold = _THRESHOLD.match(text, quantity.end_char)
    return (
        (threshold is not None and any(
            e.label_ == "QUANTITY" and e.start_char >= threshold.end() + 2 and not _CLAUSE_BREAK.search(text, threshold.end(), e.start_char)
            for e in doc.ents
        ))
        or (quantity.text.endswith(("人", "名")) and bool(_ATTENDED.match(text, quantity.end_char)))
        or text.endswith(("第", "以下", "为期", "ICP备", "公网安备", "邮编：", "邮政编码：", "电话：", "传真：", "标识码：", "浏览量：", "浏览次数：",
                          "点击量：", "点击数：", "阅读量："), 0, quantity.start_char)
        or (text.endswith("前", 0, quantity.start_char) and quantity.text[-1:] in "家名位强所")
        or (bool(_RANKED_AMONG.match(text, quantity.end_char)) and bool(_AMONG.search(text, 0, quantity.start_char)))
        or _rank_after_the_count(text, quantity) is not None
        or _counts_the_values_ranked(text, quantity)
        or quantity.text.endswith(("周年", "大"))
        or (bool(_TARGET_VALUE.search(text, max(0, quantity.start_char - 6), quantity.start_char))
            and "完成值" in text[quantity.end_char : _sentence(doc, quantity.start_char, quantity.end_char)[1]])
        or text.startswith(("性", "方面", "大方面", "特点"), quantity.end_char)
        or (quantity.text.endswith("个") and text.startswith("字", quantity.end_char))
        or (quantity.text.endswith("个月") and text.endswith(("头", "前"), 0, quantity.start_char))
        or (quantity.text.startswith("一") and bool(_NOT_EVEN_ONE.match(text, quantity.end_char)))
        or (quantity.text.endswith("分") and bool(_WEIGHT_IN_A_SCORE.match(text, quantity.end_char)))
        or bool(_ITEMS_TALLIED.match(text, quantity.end_char))
        or (quantity.text.endswith("件") and text.startswith("事", quantity.end_char))
        or text.startswith(_PAGE_COUNTER_WORDS, quantity.end_char)
        or (quantity.text.endswith("位") and text.endswith(_RANK_MOVES, 0, quantity.start_char))
        or bool(_TABLE_CAPTION.match(text, _sentence(doc, quantity.start_char, quantity.end_char)[0]))
        or bool(_GROUP_LOOKED_AMONG.match(text, quantity.end_char))
        or bool(_PLACES_OF_A_LIST.match(text, quantity.end_char))
        or (text.endswith("等", 0, quantity.start_char) and bool(_PLACES_COUNTED.match(text, quantity.end_char)))
        or (text.endswith("等", 0, quantity.start_char) and quantity.text.endswith("类"))
        or _tallies_the_list_before(doc, quantity)
        or _tallies_the_quoted_names_before(doc, quantity)
        or _counts_the_list_named_before(doc, quantity)
        or (bool(_CLASS_NUMBER.fullmatch(quantity.text)) and bool(_HAN.match(text, quantity.end_char)))
        or (bool(_ONE_AS_ARTICLE.fullmatch(quantity.text)) and bool(_NOUN_AFTER_AN_ARTICLE.match(text, quantity.end_char)))
        or (quantity.text == "一起" and bool(_TOGETHER_WITH.search(
            text, _sentence(doc, quantity.start_char, quantity.end_char, _CLAUSE_BREAK)[0], quantity.start_char)))
        or any(m.start() <= quantity.start_char and quantity.end_char <= m.end()
               for m in _ONE_AT_A_TIME.finditer(text, max(0, quantity.start_char - 12), quantity.end_char + 12))
        or any(m.start() <= quantity.start_char and quantity.end_char <= m.end()
               for m in _SET_PHRASE.finditer(text, max(0, quantity.start_char - 4), quantity.end_char + 4))
        or bool(_SPACED_NUMBERS.search(quantity.text))
        or bool(_RATIO_PART.search(text, max(0, quantity.start_char - 2), quantity.end_char + 2))
        or bool(_TIMES_A_NUMBER.match(text, quantity.end_char))
        or bool(_A_NUMBER_TIMES.search(text, max(0, quantity.start_char - 4), quantity.start_char))
        or bool(_OPENS_A_RANGE.search(quantity.text) and _DIGIT_AFTER.match(text, quantity.end_char))
        or bool(_RANGE_DASH_THEN_DIGIT.match(text, quantity.end_char))
        or (bool(_COUNT_OF_PLACES_OR_BODIES.fullmatch(quantity.text)) and bool(_BEFORE_THEIR_TOTAL.match(text, quantity.end_char)))
        or (quantity.text.endswith("号") and text.endswith(("路", "街", "巷", "道"), 0, quantity.start_char))
        or (bool(_TABLES_NUMBER.fullmatch(quantity.text)) and text.endswith(("表", "图"), 0, quantity.start_char))  # 表1所列7个镇
        or bool(_LISTED_IN_A_TABLE.search(text, max(0, quantity.start_char - 8), quantity.start_char))  # 表1所列8家老字号: its rows
        or (quantity.text.endswith("届") and bool(_MEETING_OF_A_TERM.match(text, quantity.end_char)))
        or (quantity.text.endswith("次") and text.endswith("届", 0, quantity.start_char)
            and text.startswith(("会议", "全体会议", "全会"), quantity.end_char))  # 市政协二届[二次]会议: the session's number
        or _counts_the_places_listed_before(doc, quantity)
        or _tallies_the_places_right_before(doc, quantity)
        or bool((towns := COUNTED_TOWNS.match(text, quantity.start_char)) and _towns_counted_by(text, towns))
        or text.endswith(("这", "那"), 0, quantity.start_char)
        or bool(_DEFINITION.search(text, _sentence(doc, quantity.start_char, quantity.end_char)[0], quantity.start_char))
        or (bool(_BRACKET_OPENING.search(text, max(0, quantity.start_char - 8), quantity.start_char))
            and bool(_BRACKETED_BOUND.match(text, quantity.end_char)))
    )


# 普惠性质押融资（单笔1000万元以下）156笔: a bound in brackets that defines the group counted
_BRACKET_OPENING = re.compile(r"[（(][^（(）)，。]{0,6}$")
_BRACKETED_BOUND = re.compile(r"(?:及|或)?以[上下][）)]")
# 规模以上工业：指年主营业务收入2000万元及以上的…, 统计起点为计划总投资500万元及以上的…: a note defining a term, whose figures
# are its thresholds (not 是指导我市…工作的纲领性文件, 指出, 指标)
_DEFINITION = re.compile(r"(?:[：:]\s*|[是系])指(?![导出标引数南挥定派明])|统计(?:起点|口径)为")


# 国家一类口岸, 二类医疗器械: a class, not a count (三类知识产权数据, 两类 are counts)
_CLASS_NUMBER = re.compile(r"[一二]类")
# 重点抓好三项工作：一是…, 我们主要做了三项工作。一是…: the count of the items a colon or the next sentence opens
_ITEMS_TALLIED = re.compile(r"(?:工作|任务|措施|举措)(?:[：:]|。\s*(?:一是|第一|首先))")


# 三个窗口分别受理…: a count of the bodies whose figures a 分别 list gives
_COUNT_BEFORE_RESPECTIVELY = re.compile(r"[\u4e00-\u9fff]{1,6}?分别")


# 在梅川镇、田家镇…: a town's name as an item of a list, after a preposition of place or a 、
_LISTED_TOWN = re.compile(r"(?<=[在于、])(" + TOWN_NAME.pattern + ")")


def _counts_the_places_listed_before(doc: Doc, quantity: Span) -> bool:
    """在唐山市、保定市、沧州市设立商标业务受理窗口，去年三个窗口分别受理…: the count of bodies, one at each place listed
    before it in its sentence, whose figures follow in a 分别 list."""
    if not _COUNT_OF_PLACES_OR_BODIES.fullmatch(quantity.text) or not _COUNT_BEFORE_RESPECTIVELY.match(text_of(doc), quantity.end_char):
        return False
    s, _ = _sentence(doc, quantity.start_char, quantity.end_char)
    return len(_places_listed(doc, list(doc.ents), s, quantity.start_char)) == parse_number(quantity.text[:-1])


def _places_listed(doc: Doc, ents: list[Span], start: int, end: int) -> list[tuple[int, int]]:
    """The places of text[start:end] when they make one 、 list: the regions tagged and the towns, which the model does
    not tag, after a preposition of place or a 、 (在梅川镇、田家镇分别设立…), a region tagged inside a town's name giving
    way to the town (在[福田]寺镇、…); none where they make no list."""
    towns = [m.span() for m in _LISTED_TOWN.finditer(text_of(doc), start, end) if town_region(m.group(1)) is not None]
    places = sorted(towns + [(e.start_char, e.end_char) for e in ents if e.label_ == "REGION" and start <= e.start_char
                             and e.end_char <= end and not any(a < e.end_char and e.start_char < b for a, b in towns)])
    listed = all(_LIST_SEPARATOR.fullmatch(text_of(doc)[a[1] : b[0]]) for a, b in zip(places, places[1:]))
    return places if listed else []


# 四镇分别, 三年来两个工作站分别: a count in words of the places (or of the bodies one at each) listed before, opening a 分别
_COUNT_BEFORE_RESPECTIVE_FIGURES = re.compile(r"([两二三四五六七八九十])个?[^\W\d_]{1,4}$")


def _places_counted_before(doc: Doc, ents: list[Span], s: int, mark: int) -> list[int]:
    """在福田寺镇、朱河镇、新沟镇、白螺镇等…开展专项检查，共检查经营户488户次，四镇分别检查186户次、…: the places listed
    earlier in the sentence that a count right before 分别 (``mark``) names again, as REGION spans of ``ents`` (those
    not tagged added, one tagged in part grown to its whole name), in order; none where the count is not theirs."""
    count = _COUNT_BEFORE_RESPECTIVE_FIGURES.search(text_of(doc), s, mark)
    places = _places_listed(doc, ents, s, count.start()) if count else []
    if not places or len(places) != LIST_COUNTS[count.group(1)]:
        return []
    run = []
    for a, b in places:
        town = doc.char_span(a, b, label="REGION")
        k = next((k for k, e in enumerate(ents) if e.label_ == "REGION" and a <= e.start_char and e.end_char <= b), len(ents))
        ents[k : k + 1] = [town]  # in place of the region tagged inside it, or added
        run.append(k)
    return run


_COUNT_OF_PLACES = re.compile(r"([两二三四五六七八九十\d]{1,2})个?[省市县区州盟旗]")
# 安宁市、腾冲市、石林彝族自治县3个县（市）, 南昌、景德镇、新余、鹰潭4个设区市: a count whose places' kind follows it
_COUNT_BEFORE_ITS_KIND = re.compile(r"([两二三四五六七八九十\d]{1,2})个")


def _tallies_the_places_right_before(doc: Doc, quantity: Span) -> bool:
    """…的有德州、临沂、烟台、菏泽、淄博、青岛6市, …石林彝族自治县3个县（市）: the count of the places listed right before it."""
    m = _COUNT_OF_PLACES.fullmatch(quantity.text)
    if m is None and _KIND_OF_PLACES.match(text_of(doc), quantity.end_char):
        m = _COUNT_BEFORE_ITS_KIND.fullmatch(quantity.text)
    if m is None:
        return False
    clause, _ = _sentence(doc, quantity.start_char, quantity.end_char, _CLAUSE_BREAK)
    items = re.split(r"[、和及与]", text_of(doc)[clause : quantity.start_char])
    listed = 0
    for n, item in enumerate(reversed(items)):
        first = n == len(items) - 1  # the first item may follow the words before the list (…的有德州)
        if not any(resolve_region(item[-k:]) is not None for k in ((2, 3, 4) if first else (len(item),)) if 2 <= k <= len(item)):
            break
        listed += 1
    return listed >= 2 and listed == parse_number(m.group(1))


# 三家单位发明专利授权量合计2060件, 上述八个区…合计3.27万件: the count of the places or bodies a total sums up
_COUNT_OF_PLACES_OR_BODIES = re.compile(r"[两二三四五六七八九十\d]{1,2}[个家所]")
_BEFORE_THEIR_TOTAL = re.compile(r"[\u4e00-\u9fff]{1,3}[^，,。；;：:\d]{0,16}?(?:合计|共计|总计)")
_PREPOSITION = re.compile(r"^(?:与|同|在|对|向|将|把)")
# a title in the text before a list, whose 和 joins no items (按照《中华人民共和国专利法》规定划分为发明、实用新型和外观设计三种)
_BOOK_TITLE = re.compile(r"《[^《》]*》")


# the word for the bodies a count of 家 counts (两家企业, 三家单位, 两家银行)
_BODIES_COUNTED = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:企业|公司|单位|机构|银行|高校|院所|医院|学校|协会|商会|合作社)")


def _tallies_the_list_before(doc: Doc, quantity: Span) -> bool:
    """A small count written in words right after a list of as many items, none of them counted (新材料、生物医药两个,
    安踏、361度、特步三家…分别为, 吐尔尕特口岸、伊尔克什坦口岸两个; not 优势企业十二家、示范企业两家), a noun, a place or a body
    right before it (not 示范企业、优势企业分别新增两家; 沈阳、大连两个, where the tagger takes 大连 for an adverb); a count in one
    digit too where the kind of items follows it (质押融资、专利转让许可、案件查处3项指标, whatever the last word before; not
    …竹产业完成专利导航项目2项, a figure)."""
    m = _COUNT_IN_WORDS.fullmatch(quantity.text) or (
        _KIND_OF_ITEMS.match(text_of(doc), quantity.end_char) and _COUNT_IN_A_DIGIT.fullmatch(quantity.text))
    if m is None:
        return False
    last = next((flag for w, flag, start in placed_words(text_of(doc)) if start + len(w) == quantity.start_char), "")
    if not last.startswith(("n", "vn", "s")) and not any(e.label_ in ("REGION", "ORG") and e.end_char == quantity.start_char for e in doc.ents) \
            and not _KIND_OF_ITEMS.match(text_of(doc), quantity.end_char):
        return False
    start = max(text_of(doc).rfind(c, 0, quantity.start_char) for c in _LIST_START) + 1
    items = _LIST_ITEM_JOIN.split(_BOOK_TITLE.sub("", _PREPOSITION.sub("", text_of(doc)[start : quantity.start_char])))  # 与绥芬河、东宁两个口岸
    counted = any(e.label_ == "QUANTITY" and start <= e.start_char < quantity.start_char for e in doc.ents)
    # companies counted are a figure (seed 004: 四川宏华、汉舟电器两家企业申报了…) unless their own figures follow (…三家…分别为…)
    # or no word for them does (湘乡农商银行和中国银行湘乡支行两家投放金额占全市的四成以上)
    bodies = quantity.text.endswith("家") and bool(_BODIES_COUNTED.match(text_of(doc), quantity.end_char)) \
        and "分别" not in text_of(doc)[quantity.end_char : _sentence(doc, quantity.start_char, quantity.end_char)[1]]
    return len(items) == parse_number(m.group(1)) and all(items) and not counted and not bodies


# “绥阳空心面”“绥阳金银花”2个产品, 围绕“钧都”“药都”两张名片: names in quotes, back to back or listed, opening a clause
# (after a preposition) right before their count (not 新增“长岛扇贝”“长岛紫菜”两件, the count of what was added)
_QUOTED_NAMES_BEFORE = re.compile("(?:^|[" + _CLAUSE_MARKS + r"])(?:围绕|依托|聚焦|立足|对)?(?:“[^“”]{1,16}”[、和及与]?){2,}$")
_SMALL_COUNT = re.compile(r"(\d|[两二三四五六七八九十])[个项种家件类张]")  # 2个, 两件: a count in one digit or word


def _tallies_the_quoted_names_before(doc: Doc, quantity: Span) -> bool:
    """“绥阳空心面”“绥阳金银花”2个产品: the count of the names quoted right before it, which open its clause."""
    count = _SMALL_COUNT.fullmatch(quantity.text)
    names = _QUOTED_NAMES_BEFORE.search(text_of(doc), 0, quantity.start_char) if count else None
    return names is not None and names.group().count("“") == parse_number(count.group(1))


# what may stand before a count that names a list again: a clause's start or a preposition (在两个口岸)
_BEFORE_A_COUNT_NAMING_BACK = _CLAUSE_MARKS + "在对向从于"


def _counts_the_list_named_before(doc: Doc, quantity: Span) -> bool:
    """在两个口岸设立…, 两个口岸全年共查扣… after 吐尔尕特口岸、伊尔克什坦口岸: a count in words opening its clause or after a
    preposition, of what a list earlier in the paragraph named, each item ending in the word right after the count, points
    back to them and measures nothing (not …、汉舟电器两家企业申报了…, which counts the names before it)."""
    m = _COUNT_IN_WORDS.fullmatch(quantity.text)
    if m is None or (quantity.start_char and text_of(doc)[quantity.start_char - 1] not in _BEFORE_A_COUNT_NAMING_BACK):
        return False
    word = next((w for w, _, start in placed_words(text_of(doc)) if start == quantity.end_char), "")
    if len(word) < 2:
        return False
    item = r"[\u4e00-\u9fff]{1,8}?" + re.escape(word)
    lists = re.compile(item + "(?:" + _LIST_ITEM_JOIN.pattern + item + ")+").finditer(text_of(doc), 0, quantity.start_char)
    return any(found.group().count(word) == parse_number(m.group(1)) for found in lists)


def _closes_a_list(doc: Doc, quantity: Span) -> bool:
    """…等四项工作: a figure after 等 may only sum up the list before it; it is a value only where the
    relation model linked it (等20余家企业)."""
    return text_of(doc).endswith("等", 0, quantity.start_char)


def _against_average(doc: Doc, figure: Span) -> bool:
    """是全市平均水平的2.9倍, 是全国的3.3倍, 高于全省5.3个百分点, 比费县（1.86件）高出0.35件,
    距85%的目标还差2.6个百分点: a ratio or gap to an average, to another region's figure or to a target, not the indicator's
    value or change (是上年的1.3倍
    is a change; 占全国的35% a share, and so is 仅为全国平均水平的三成, the subject's share of the average; 全国平均水平7.5件的七成
    names the average's own value)."""
    before = max(0, figure.start_char - 12)
    clause, _ = _sentence(doc, figure.start_char, figure.end_char, _CLAUSE_BREAK)
    average = _AGAINST_AVERAGE.search(text_of(doc), before, figure.start_char)
    return bool(
        (average and not text_of(doc).startswith("的", figure.end_char)
         and not ("的" in average.group() and _SHARE_FIGURE.search(figure.text)))
        or _GAP_TO_ANOTHER.search(text_of(doc), clause, figure.start_char)
        or (figure.text.endswith("倍") and _MULTIPLE_OF_A_WHOLE.search(text_of(doc), before, figure.start_char))
        or (figure.text.endswith("百分点") and _GAP_TO_A_PLACE.search(text_of(doc), before, figure.start_char))
        or bool(_GAP_LEFT.search(text_of(doc), before, figure.start_char))
    )


# 马德里国际注册商标实现零的突破，累计达到3件: the clause before a figure says its first ones came
_FIRST_ONES = re.compile(r"实现了?零的突破[，,]$")


def _implied_indicator(doc: Doc, quantity: Span) -> Span | None:
    """For a value with no indicator in its clause, the noun it counts (捐赠知识产权书籍500余册,
    18家机构获批), or the subject of a change from one figure to another (高价值发明专利拥有量由
    2021年的21563件增加到2023年的36284件, 将风险补偿比例提高至50%) or of its first ones in the clause before
    (马德里国际注册商标实现零的突破，累计达到3件), as an INDICATOR span outside ``doc.ents``."""
    found = counted_noun(text_of(doc), quantity.start_char - len(_qualifier_word_before(doc, quantity)), quantity.end_char)
    if found is None:
        begin, _ = _sentence(doc, quantity.start_char, quantity.end_char, _CLAUSE_END)
        change = _FROM_TO.search(text_of(doc), begin, quantity.start_char) or _TO_LEVEL.search(text_of(doc), begin, quantity.start_char) \
            or _FIRST_ONES.search(text_of(doc), max(0, begin - 12), begin)
        found = counted_noun(text_of(doc), change.start(), change.start()) if change else None
    return doc.char_span(*found, label="INDICATOR", alignment_mode="expand") if found else None


# 6. 钒钛产业专利授权量：627件, 专利授权量：2386件，增长8.6% (a table's row of two cells): the label a line opens with,
# right before its figure
_LINE_LABEL = re.compile(
    r"^(?:\d{1,2}[.．、]\s*|[（(][一二三四五六七八九十\d]{1,3}[）)]\s*|[一二三四五六七八九十]+、)?([^，,。；;：:、\s\d（(][^，,。；;：:\d]{1,29})[：:]\s*$"
)


def _label_of_the_line(doc: Doc, ents: list[Span], quantity: Span) -> Span | None:
    """For a value with no indicator in its clause, the label its line opens with right before it (list items and the
    rows of a two-column table: 钒钛产业专利授权量：627件), not a place's or a date's, as an INDICATOR span outside
    ``doc.ents``."""
    m = _LINE_LABEL.match(text_of(doc), 0, quantity.start_char - len(_qualifier_word_before(doc, quantity)))
    if m is None or any(e.label_ in ("REGION", "DATE", "ORG") and e.start_char < m.end(1) and m.start(1) < e.end_char for e in ents):
        return None
    return doc.char_span(*m.span(1), label="INDICATOR", alignment_mode="expand")


def _is_share_of_the_value_before(doc: Doc, ents: list[Span], q: int, before: tuple[int, dict | None] | None) -> bool:
    """…，其中滨海新区22156件，同比增长6.3%，…，占全市的32.4%: a share opening its clause in the sentence of the value
    before it, whose own clause named its place, is that place's."""
    if before is None or before[1] is None:
        return False
    clause, _ = _sentence(doc, ents[q].start_char, ents[q].end_char, _CLAUSE_END)
    sentence, _ = _sentence(doc, ents[q].start_char, ents[q].end_char)
    return bool(_SHARE.match(text_of(doc), clause)) and ents[before[0]].start_char >= sentence


def _bracketed_after_a_place(doc: Doc, ents: list[Span], q: int) -> bool:
    """青山湖区（4128件）: a figure in brackets right after a region's name."""
    text = text_of(doc)
    return q > 0 and ents[q - 1].label_ == "REGION" and text[ents[q - 1].end_char : ents[q].start_char] in ("（", "(") \
        and text.startswith(("）", ")"), ents[q].end_char)


def _whole_of_a_share(doc: Doc, share: Span) -> Span | None:
    """For a share with no indicator in its sentence, the words naming the whole it is of (开福区、雨花区消费投诉量
    分别[占全市]的13.2%和15.6%, where the model tagged no indicator; 合计[超过全市]的五成), as an INDICATOR span outside
    ``doc.ents``."""
    if not _SHARE_FIGURE.search(share.text):
        return None
    begin, _ = _sentence(doc, share.start_char, share.end_char, _CLAUSE_END)
    m = _SHARE_OF_A_WHOLE.search(text_of(doc), begin, share.start_char - len(_qualifier_word_before(doc, share)))
    return doc.char_span(*m.span(1), label="INDICATOR") if m else None


def _item_after_items(doc: Doc, links: _Links, q: int) -> bool:
    """禅城区6138件、…、高明区2308件: a figure right after a place, after a 、 that ends an item of the same shape whose
    figure is linked, is one more item of that list (not a noun it counts: 高明区 is no indicator)."""
    ents = links.ents
    if q < 3 or ents[q - 1].label_ != "REGION" or ents[q - 1].end_char != ents[q].start_char:
        return False
    before = ents[q - 2]
    return before.label_ == "QUANTITY" and links.child(q - 2, "VALUE_OF") is not None \
        and text_of(doc)[before.end_char : ents[q - 1].start_char] == "、" and ents[q - 3].label_ == "REGION"


def _previous_indicator(doc: Doc, links: _Links, i: int, stop: str | None, breaks: re.Pattern = _SENTENCE_END) -> int | None:
    """The indicator of the nearest indicator, linked value or linked growth before entity
    ``i`` in its sentence (ending at ``breaks``), not looking past an unlinked entity labelled ``stop``."""
    ents = links.ents
    s, _ = _sentence(doc, ents[i].start_char, ents[i].end_char, breaks)
    # in text order: spans added after the model's (a topic, a town) stand at the end of the list
    for k in sorted((k for k, e in enumerate(ents) if s <= e.start_char and e.end_char <= ents[i].start_char),
                    key=lambda k: ents[k].start_char, reverse=True):
        if ents[k].label_ == "INDICATOR":
            return k
        target = links.child(k, _LINK_TO_INDICATOR.get(ents[k].label_, ""))
        if target is not None:
            return target
        if ents[k].label_ == stop:
            return None
    return None


def _shares_to_their_subject(doc: Doc, links: _Links) -> None:
    """…15.56万件，占全省专利申请量的30.8%: a share belongs to the indicator counted before 占,
    not to the total named after it (占泉州市专利授权量（3.96万件）的37.5%) nor to one counted before the
    figure before it (全省共评出获奖项目74项，我市获奖9项，占全省获奖总数的12.2%), wherever the relation model put it."""
    ents, text = links.ents, text_of(doc)
    for q, ent in enumerate(ents):
        total = links.child(q, "VALUE_OF") if ent.label_ == "QUANTITY" else None
        if total is None:
            continue
        begin, _ = _sentence(doc, ent.start_char, ent.end_char, _CLAUSE_END)
        if not _SHARE.match(text, begin) or ent.start_char < ents[total].start_char < ent.end_char:
            continue
        # the share is the clause's first figure but for the total's own in brackets; its link went to the total named
        # after 占 or to an indicator after it (占全省新增总数的4.8%（浙江省全年新增省级专利示范企业312家）)
        if any(e.label_ == "QUANTITY" and begin <= e.start_char < ent.start_char
               and not (text.endswith(("（", "("), 0, e.start_char) and text.startswith(("）", ")"), e.end_char)) for e in ents):
            continue
        earlier = begin > ents[total].start_char
        subject = _previous_indicator(doc, links, q if earlier else min(q, total), "GROWTH")
        if earlier and (subject is None or ents[subject].start_char <= ents[total].start_char):
            continue
        if subject is not None:
            links.unlink(q, "VALUE_OF")
            links.add(q, subject, "VALUE_OF")


def _points_to_their_share(doc: Doc, links: _Links) -> None:
    """…占苏州市专利申请总量的19.9%，比上年提高0.3个百分点: a change in points right after a share is of
    the share's indicator, wherever the relation model put it and however many changes that
    indicator has (其中发明专利授权3126件，同比增长21.4%，占…的26.1%，比去年同期提高3.2个百分点), and a base year between
    them too (…占咸阳市的3.1%，较2021年提高1.0个百分点)."""
    ents = links.ents
    for q, ent in enumerate(ents[:-1]):
        g = q + 1
        if ents[g].label_ == "DATE" and g + 1 < len(ents):
            g += 1
        indicator = links.child(q, "VALUE_OF")
        if (indicator is None or not ent.text.endswith("%") or ents[g].label_ != "GROWTH" or not ents[g].text.endswith("百分点")
                or links.child(g, "CHANGE_OF") == indicator
                or _SENTENCE_END.search(text_of(doc), ent.end_char, ents[g].start_char)):
            continue
        links.unlink(g, "CHANGE_OF")
        links.add(g, indicator, "CHANGE_OF")


# …达到2.81件（全国平均水平为9.4件），比上年增加0.62件: an aside in brackets between a value and its change
_ASIDE_BEFORE_A_CHANGE = re.compile(r"[（(][^（）()]{1,40}[）)]([^（）()]{0,12})$")


def _changes_to_the_value_before(doc: Doc, links: _Links) -> None:
    """…知识产权交易项目612项，交易额18.3亿元，同比增长29.6%: a change written right after a linked value,
    nothing but a comparison between them, or only an aside in brackets (…2.81件（全国平均水平为9.4件），比上年增加
    0.62件), is that value's indicator's, where the relation model linked it to another indicator (the aside's) and the
    value's own has no change yet."""
    ents, text = links.ents, text_of(doc)
    for g in range(1, len(ents)):
        if ents[g].label_ != "GROWTH":
            continue
        aside = _ASIDE_BEFORE_A_CHANGE.search(text, 0, ents[g].start_char)
        if aside is not None and _CHANGE_RIGHT_AFTER_A_VALUE.fullmatch(aside.group(1)):
            value = next((q for q, e in enumerate(ents) if e.label_ == "QUANTITY" and e.end_char == aside.start()), None)
        elif ents[g - 1].label_ == "QUANTITY" and _CHANGE_RIGHT_AFTER_A_VALUE.fullmatch(text, ents[g - 1].end_char, ents[g].start_char):
            value, aside = g - 1, None
        else:
            continue
        linked = links.child(g, "CHANGE_OF")
        own = links.child(value, "VALUE_OF") if value is not None else None
        if linked is None or own is None or linked == own or links.heads(own, "CHANGE_OF"):
            continue
        if aside is None or aside.start() <= ents[linked].start_char < aside.end():
            links.unlink(g, "CHANGE_OF")
            links.add(g, own, "CHANGE_OF")


# …品牌价值评估为46.3亿元，较2023年提升5.2亿元: a change against a base year, in a clause of its own right after a value
_CHANGE_AGAINST_A_BASE = re.compile(
    r"[，,](?:较|比)(?:上一?年|去年|上年同期|同期|" + _BASE_YEAR + r")(?:同期)?(?:相比)?[，,]?"
    r"(?:增加|增长|提升|提高|上升|减少|下降|降低|净增|多|少)(?:了|出)?$"
)
# 比去年同期多[2件]: more or fewer than the base, which is a change up or down, as the trigger word it stands for says
_MORE_OR_FEWER = re.compile(r"(?<=[期年底末])(多|少)(?:了|出)?$")
_MORE_OR_FEWER_AS_A_CHANGE = {"多": "增加", "少": "减少"}


def _changes_tagged_as_values(doc: Doc, links: _Links) -> None:
    """…为46.3亿元，较2023年提升[5.2亿元], the change tagged as a value: the change of the indicator of the value before
    it in its sentence, where that has none yet (GUIDELINES.md: a figure after a change trigger is a GROWTH)."""
    ents, text = links.ents, text_of(doc)
    for q, ent in enumerate(ents):
        if ent.label_ != "QUANTITY" or not _CHANGE_AGAINST_A_BASE.search(text, max(0, ent.start_char - 16), ent.start_char):
            continue
        value = _value_before(doc, links, ent.start_char)
        indicator = links.child(value, "VALUE_OF") if value is not None else None
        if indicator is None or links.heads(indicator, "CHANGE_OF"):
            continue
        links.detach(q)
        ents[q] = doc.char_span(ent.start_char, ent.end_char, label="GROWTH")
        links.add(q, indicator, "CHANGE_OF")


# 新增, 新设, 新建了: the words that add to a count
_ADDING = r"新(?:增|设|建)了?"
# 马德里商标国际注册新增26件, 地理标志证明商标力争新增1件: a figure right after 新增
_AFTER_AN_ADDITION = re.compile(_ADDING + "$")
# the words of a running total (累计达682家, 总量达到…)
_RUNNING_TOTAL = re.compile(r"累计|总量|总数|总计|共计")


def _additions_with_no_total(doc: Doc, links: _Links) -> None:
    """马德里商标国际注册新增[26件] with the figure tagged as a change of an indicator that has no value in the paragraph, and
    no running total before it in its sentence or ；-part (…企业累计达682家，新增157家, whatever indicator the total has): it
    counts what is new, a value (GUIDELINES.md: 新增[8家][…] is a QUANTITY)."""
    ents, text = links.ents, text_of(doc)
    for g, ent in enumerate(ents):
        indicator = links.child(g, "CHANGE_OF") if ent.label_ == "GROWTH" else None
        if indicator is None or links.heads(indicator, "VALUE_OF") \
                or not _AFTER_AN_ADDITION.search(text, max(0, ent.start_char - 3), ent.start_char):
            continue
        s, _ = _sentence(doc, ent.start_char, ent.end_char)
        if _RUNNING_TOTAL.search(text, s, ent.start_char):
            continue
        links.detach(g)
        ents[g] = doc.char_span(ent.start_char, ent.end_char, label="QUANTITY")
        links.add(g, indicator, "VALUE_OF")


def _last_before_in_its_part(doc: Doc, ents: list[Span], span: Span) -> int | None:
    """The entity, dates aside, right before ``span`` in its ；-part (国家知识产权优势企业实现零的突破，新增1家: the indicator)."""
    s, _ = _sentence(doc, span.start_char, span.end_char)
    return max((k for k, e in enumerate(ents) if s <= e.start_char < span.start_char and e.label_ != "DATE"),
               key=lambda k: ents[k].start_char, default=None)


def _additions_to_an_indicator_with_no_value(doc: Doc, links: _Links) -> None:
    """…优势企业累计11家，国家知识产权优势企业实现零的突破，新增[1家] with the figure tagged as a change, whatever the model
    linked it to, right after an indicator with no value in its sentence and no running total between them (…累计11家，
    新增1家 is that total's change): it counts what that indicator names, a value (GUIDELINES.md: 新增[8家][…] is a
    QUANTITY)."""
    ents, text = links.ents, text_of(doc)
    for g, ent in enumerate(ents):
        if ent.label_ != "GROWTH" or not _AFTER_AN_ADDITION.search(text, max(0, ent.start_char - 3), ent.start_char):
            continue
        last = _last_before_in_its_part(doc, ents, ent)
        if last is not None and ents[last].label_ == "INDICATOR" and not links.heads(last, "VALUE_OF") \
                and not _RUNNING_TOTAL.search(text, ents[last].start_char, ent.start_char):
            links.detach(g)
            ents[g] = doc.char_span(ent.start_char, ent.end_char, label="QUANTITY")
            links.add(g, last, "VALUE_OF")


# …累计分别达到12家和57家，其中当年新增分别为3家和11家; …47家，其中新增9家; …12个，其中2022年新设5个: what running totals
# gained this year
_ADDED_TO_THE_TOTALS = re.compile(
    r"[，,]其中(?:当年|年内|今年|本年|全年|上半年|前三季度|(?:19|20)\d{2}年|[两三四五]年来?|[\u4e00-\u9fff“”]{2,6}?(?:期间|期内|以来))?"
    + _ADDING  # 其中三年新增61家, 其中试点期间新增98家, 其中建设期内新增4件
)
# [新增2件], 新建[五个] tagged as an indicator, which names nothing: its figure
_ADDITION_TAGGED_AS_INDICATOR = re.compile("(?:" + _ADDING + ")?(" + FIGURE.pattern + ")")


def _additions_tagged_as_indicators(doc: Doc, links: _Links) -> None:
    """…累计达到9件，其中新增2件 with [新增2件] (or 新建[五个]) tagged as an indicator, which names nothing: the figure it holds, as a
    QUANTITY for :func:`_additions_to_the_running_totals`, before anything is linked to its total."""
    ents, text = links.ents, text_of(doc)
    for m in _ADDED_TO_THE_TOTALS.finditer(text):
        _, end = _sentence(doc, m.end(), m.end(), _CLAUSE_BREAK)
        for i, e in enumerate(ents):
            figure = _ADDITION_TAGGED_AS_INDICATOR.fullmatch(e.text) if e.label_ == "INDICATOR" else None
            if figure and m.start() <= e.start_char < end:
                links.detach(i)
                ents[i] = doc.char_span(e.start_char + figure.start(1), e.end_char, label="QUANTITY")


def _additions_to_the_running_totals(doc: Doc, links: _Links) -> None:
    """…累计达47家，其中新增9家; …示范企业、优势企业分别达到38家和146家，其中2022年新增优势企业21家: the figures a
    其中新增 clause adds to the totals of the clause right before it are those totals' changes (guidelines: 新增 after
    a running total), in order, or the change of the one whose indicator the addition names, not figures of their own;
    a total that has a change already keeps it."""
    ents, text = links.ents, text_of(doc)
    for m in _ADDED_TO_THE_TOTALS.finditer(text):
        clause, _ = _sentence(doc, m.start(), m.start(), _CLAUSE_BREAK)
        _, end = _sentence(doc, m.end(), m.end(), _CLAUSE_BREAK)
        totals = [i for i, e in enumerate(ents) if e.label_ == "QUANTITY" and clause <= e.start_char < m.start()
                  and links.child(i, "VALUE_OF") is not None]
        added = [i for i, e in enumerate(ents) if e.label_ in ("QUANTITY", "GROWTH") and m.end() <= e.start_char < end]
        if not totals or not added:
            continue
        named = [i for i, e in enumerate(ents) if e.label_ == "INDICATOR" and m.end() <= e.start_char < ents[added[0]].start_char]
        if named:
            # each to the total of the kind it names (其中新增示范企业7家、优势企业19家), of as many as the list before them
            # (示范企业和优势企业累计达到38家，其中新增优势企业7家 adds to one kind of a joint total: a figure of its own)
            listed = _LIST_ITEM_JOIN.split(text[clause : ents[totals[0]].start_char])  # 示范企业、优势企业分别达到 (one tagged)
            if len(listed) != len(totals):
                continue
            pairs, after = [], m.end()
            for addition in added:
                names = [i for i, e in enumerate(ents) if e.label_ == "INDICATOR" and after <= e.start_char < ents[addition].start_char]
                k = next((k for k, item in enumerate(listed) if names and ents[names[-1]].text in item), None)
                if k is None:
                    break
                # the named indicator: the model may have linked the total to the list's first
                pairs.append((totals[k], addition, names[-1]))
                after = ents[addition].end_char
            if len(pairs) != len(added):
                continue
        elif len(added) == len(totals):
            pairs = [(total, addition, links.child(total, "VALUE_OF")) for total, addition in zip(totals, added)]
        else:
            continue
        for total, addition, indicator in pairs:
            if ents[total].text[-1] != ents[addition].text[-1] or links.heads(indicator, "CHANGE_OF"):
                continue
            links.detach(addition)
            if ents[addition].label_ != "GROWTH":
                ents[addition] = doc.char_span(ents[addition].start_char, ents[addition].end_char, label="GROWTH")
            if links.child(total, "VALUE_OF") != indicator:
                links.unlink(total, "VALUE_OF")
                links.add(total, indicator, "VALUE_OF")
            links.add(addition, indicator, "CHANGE_OF")


# 上述三项指标分别同比增长13.2%、9.7%和10.5%: a sentence that gives the changes of the figures before it
_CHANGES_OF_THE_FIGURES_BEFORE = re.compile(r"(?:上述|以上)(?:([两二三四五六七八九十\d]{1,2})项)?(?:指标|数据)?(?:分别|依次)")


def _changes_of_the_figures_before(doc: Doc, links: _Links) -> None:
    """…马德里商标国际注册申请量68件，有效注册商标总量突破36万件。上述三项指标分别同比增长13.2%、9.7%和10.5%: the changes a
    sentence opening with 上述 lists belong, in order, to as many figures right before it (as many as it counts, or as
    it lists), none of which has a change; the count (三项) and 上述, which the model may tag, are no fact."""
    ents, text = links.ents, text_of(doc)
    for m in _CHANGES_OF_THE_FIGURES_BEFORE.finditer(text):
        if m.start() == 0 or not _SENTENCE_END.match(text, m.start() - 1):
            continue
        _, end = _sentence(doc, m.end(), m.end())
        changes = [i for i, e in enumerate(ents) if e.label_ == "GROWTH" and m.end() <= e.start_char < end]
        counted = parse_number(m.group(1)) if m.group(1) else len(changes)
        last_change = max((e.end_char for e in ents if e.label_ == "GROWTH" and e.end_char <= m.start()), default=0)
        values = [i for i, e in enumerate(ents) if e.label_ == "QUANTITY" and last_change <= e.start_char and e.end_char <= m.start()
                  and links.child(i, "VALUE_OF") is not None and not _not_a_measure(doc, e)][-counted:] if counted else []
        owners = [links.child(v, "VALUE_OF") for v in values]
        if len(changes) != counted or len(values) != counted or len(set(owners)) != counted:
            continue
        for i, e in enumerate(ents):
            if m.start() <= e.start_char and e.end_char <= m.end():
                links.detach(i)
        for change, owner in zip(changes, owners):
            links.unlink(change, "CHANGE_OF")
            links.add(change, owner, "CHANGE_OF")


def _changes_over_the_values_before(doc: Doc, links: _Links) -> None:
    """…查扣959批次、11.1万件，货值917.2万元，同比分别下降6.3%、11.2%和9.8%: a 分别 list of changes as long as the
    values before it in its sentence, which belong to more than one indicator, goes to them in order, each change
    to its value's indicator."""
    ents = links.ents
    for m, s, e in _respectively_marks(doc):
        changes = [i for i, ent in enumerate(ents) if ent.label_ == "GROWTH" and m.end() <= ent.start_char < e]
        values = [i for i, ent in enumerate(ents) if ent.label_ == "QUANTITY" and s <= ent.start_char < m.start()]
        if len(changes) < 2 or len(values) != len(changes) \
                or any(ent.label_ == "GROWTH" and s <= ent.start_char < m.start() for ent in ents):
            continue
        owners = [links.child(v, "VALUE_OF") for v in sorted(values, key=lambda v: ents[v].start_char)]
        if None in owners or len(set(owners)) < 2:
            continue
        for change, owner in zip(sorted(changes, key=lambda g: ents[g].start_char), owners):
            links.unlink(change, "CHANGE_OF")
            links.add(change, owner, "CHANGE_OF")


# what may stand before a place that opens a clause with its figure (…合计3.68万件，其中重庆市1.32万件; …为10.8%，而阜阳市为12.7%)
_BEFORE_A_PLACES_FIGURE = re.compile(r"(?:^|[，,；;。：:](?:而|但)?|其中[，,]?)$")
# and between the place and the figure (而阜阳市为12.7%)
_BETWEEN_A_PLACE_AND_ITS_FIGURE = re.compile(r"(?:则|仅|也)?(?:为|是)?(?:不少于|不低于|超过|约|近)?")  # 、贾家庄镇不少于2家


def _place_opening_its_clause(doc: Doc, ents: list[Span], q: int) -> int | None:
    """The place right before figure ``q`` that opens its clause (…合计3.68万件，其中重庆市1.32万件), or an item of a
    list of places each with its figure (其中义勒力特镇8.3万亩、乌兰哈达镇6.4万亩、葛根庙镇4.6万亩), whose figure it is."""
    text = text_of(doc)
    place = next((k for k, e in enumerate(ents) if e.label_ == "REGION" and e.end_char <= ents[q].start_char
                  and _BETWEEN_A_PLACE_AND_ITS_FIGURE.fullmatch(text, e.end_char, ents[q].start_char)), None)
    if place is None:
        return None
    start = ents[place].start_char
    after_an_item = text.startswith("、", start - 1) and any(e.label_ == "QUANTITY" and e.end_char == start - 1 for e in ents)
    return place if after_an_item or _BEFORE_A_PLACES_FIGURE.search(text, 0, start) else None


def _places_to_their_figures(doc: Doc, links: _Links) -> None:
    """A figure right after the place that opens its clause is that place's, where the relation model linked
    it to no place."""
    for q, ent in enumerate(links.ents):
        if ent.label_ == "QUANTITY" and links.child(q, "REGION_OF") is None:
            place = _place_opening_its_clause(doc, links.ents, q)
            if place is not None:
                links.add(q, place, "REGION_OF")


def _examples_before_their_kind(doc: Doc, links: _Links) -> None:
    """查处商标侵权、假冒专利等知识产权违法案件分别为18件、26件、31件: indicators named as examples, before 等 and the
    kind they are of, measure nothing of their own; the figures, changes and ranks linked to them are the kind's, and so
    are their place and date where it has none."""
    ents = links.ents
    for i, ent in enumerate(ents):
        kind = next((j for j, e in enumerate(ents) if e.label_ == "INDICATOR" and e.start_char == ent.end_char + 1), None) \
            if ent.label_ == "INDICATOR" and text_of(doc).startswith("等", ent.end_char) else None
        if kind is None:
            continue
        for relation in ("VALUE_OF", "CHANGE_OF", "RANK_OF"):
            for head in list(links.heads(i, relation)):
                links.unlink(head, relation)
                links.add(head, kind, relation)
        for relation in ("REGION_OF", "TIME_OF"):
            if links.child(kind, relation) is None and links.child(i, relation) is not None:
                links.add(kind, links.child(i, relation), relation)


# between an indicator and its figure in an item of a list: 专利授权量198件, 有效商标注册量为4870件
_ITEM_VERB = re.compile(r"(?:为|达|达到)?")


def _place_over_its_list(doc: Doc, links: _Links) -> None:
    """（同期务川县专利授权量198件、有效商标注册量4870件）: the place linked to the first indicator of a 、 list of
    indicators with their figures, named right before it, is the place of each later item the model linked to none."""
    ents, text = links.ents, text_of(doc)

    def item_after(k: int) -> int | None:
        """The indicator of the next item after indicator ``k``'s figure, when only a 、 stands between."""
        values = links.heads(k, "VALUE_OF")
        if not values:
            return None
        end = max(ents[q].end_char for q in values)
        nxt = next((j for j, e in enumerate(ents) if e.label_ == "INDICATOR" and e.start_char == end + 1), None)
        if nxt is None or text[end] != "、" or not any(
                _ITEM_VERB.fullmatch(text, ents[nxt].end_char, ents[q].start_char) for q in links.heads(nxt, "VALUE_OF")):
            return None
        return nxt

    for i, ent in enumerate(ents):
        place = links.child(i, "REGION_OF") if ent.label_ == "INDICATOR" else None
        if place is None or ents[place].end_char != ent.start_char or _HONOUR.search(ent.text):
            continue  # not the scope of an honour (全市拥有济宁市知识产权示范企业15家、优势企业23家)
        k = item_after(i)
        while k is not None and links.child(k, "REGION_OF") is None:
            links.add(k, place, "REGION_OF")
            k = item_after(k)


# 达到10万件的目标, 已完成目标的98.4%: a target set for the figure of the sentence, and how far it is met
_OF_A_TARGET = re.compile(r"的(?:预期|年度|规划)?目标")
_SHARE_OF_A_TARGET = re.compile(r"完成(?:了)?(?:年度|规划|预期)?目标(?:任务)?的$")


def _target_or_its_completion(text: str, figure: Span) -> bool:
    """The figure is a target (…达到10万件的目标) or the share of one met (已完成目标的98.4%)."""
    return bool(_OF_A_TARGET.match(text, figure.end_char)
                or _SHARE_OF_A_TARGET.search(text, max(0, figure.start_char - 12), figure.start_char))


# 2023年达到8200万元, 预计2025年全年突破1亿元: a ；-part with a year and its figure alone
_YEARS_FIGURE_ALONE = re.compile(r"(?:预计)?(?:19|20)\d{2}年(?:全年|底|末)?[，,]?(?:已|仅|又|再)?(?:达到|达|为|突破|增至|增加到|增长到|提高到|实现)?(?:约|近|超过)?")


def _a_later_years_figure(doc: Doc, figure: Span) -> bool:
    """…登记金额仅2600万元；2023年达到8200万元，…；预计2025年全年突破1亿元: a ；-part that names only its year before its
    figure goes on with the series of the part before."""
    s, _ = _sentence(doc, figure.start_char, figure.end_char)
    text = text_of(doc)
    return s > 0 and text[s - 1] in "；;" and bool(_YEARS_FIGURE_ALONE.fullmatch(text, s, figure.start_char))


def _link_orphans(doc: Doc, links: _Links) -> None:
    """Figures the relation model left unlinked.

    A value takes the counted noun right after it (21家企业) or else the nearest
    indicator before it in its clause; a share (…，占全国总量56%) takes the indicator
    of the value before it; failing those, the noun the value counts, or else the
    indicator of the value before it (专利电子申请率为97.15%，2017年1—9月为97.42%).
    A figure in brackets after a place's name (青山湖区（4128件）) takes the indicator after the places, or the
    one of the part before. A share with none of those takes the words naming the whole it is of (占全市).
    A growth or a rank takes the indicator of the nearest linked value before it in its sentence.
    """
    ents = links.ents
    for q, ent in enumerate(ents):
        if ent.label_ != "QUANTITY" or links.child(q, "VALUE_OF") is not None:
            continue
        if _not_a_measure(doc, ent) or _closes_a_list(doc, ent) or _against_average(doc, ent):
            continue
        after = q + 1 < len(ents) and ents[q + 1].label_ == "INDICATOR" and ents[q + 1].start_char == ent.end_char
        if after:
            links.add(q, q + 1, "VALUE_OF")
            continue
        begin, _ = _sentence(doc, ent.start_char, ent.end_char, _CLAUSE_END)
        before = [k for k in range(q) if ents[k].start_char >= begin]
        while before and ents[before[-1]].label_ not in ("INDICATOR", "QUANTITY"):
            before.pop()
        target = before[-1] if before and ents[before[-1]].label_ == "INDICATOR" else None
        previous = _previous_indicator(doc, links, q, "GROWTH") if target is None else None
        if target is None and _SHARE.match(text_of(doc), begin):
            # past a change not linked yet (…38.6万件，年均增长21.2%，总量约占全省的四成)
            target = previous if previous is not None else _previous_indicator(doc, links, q, None)
        if target is None:
            # past the changes of the part before, not linked yet (…分别为263件和171件，同比分别增长31.5%和27.6%；
            # 老河口市、南漳县分别为214件、96件)
            target = _indicator_of_the_part_before(doc, links, q)
        if target is None and _breaks_the_value_before_down(doc, ents, q):
            target = _previous_indicator(doc, links, q, None)
        if target is None and _a_later_years_figure(doc, ent):
            target = _previous_indicator(doc, links, q, None, _FULL_STOP)  # …仅2600万元；2023年达到8200万元: the series goes on
        if target is None and _YEAR_OF_NEXT_FIGURE.search(text_of(doc), max(0, ent.start_char - 10), ent.start_char):
            target = previous  # …，同比下降3.2%，上年同期为24262件: the figure the change is measured from
        if target is None and _target_or_its_completion(text_of(doc), ent):
            target = _previous_indicator(doc, links, q, None)  # …年均增长16.3%，对照到2025年达到10万件的目标，已完成目标的98.4%
        if target is None and _item_after_items(doc, links, q):
            target = _previous_indicator(doc, links, q, None)  # …、三水区2417件、高明区2308件: the list's indicator
        if target is None and (implied := _implied_indicator(doc, ent) or _label_of_the_line(doc, ents, ent)) is not None:
            ents.append(implied)
            target = len(ents) - 1
        if target is None and _bracketed_after_a_place(doc, ents, q):
            # 青山湖区（4128件）、南昌县（3256件）专利授权量位居前列；进贤县（1187件）…: the indicator after the places,
            # else the one of the part before
            _, end = _sentence(doc, ent.start_char, ent.end_char)
            after = [k for k, e in enumerate(ents) if e.label_ == "INDICATOR" and ent.end_char <= e.start_char and e.end_char <= end]
            target = min(after, key=lambda k: ents[k].start_char) if after else _previous_indicator(doc, links, q, None, _FULL_STOP)
        if target is None:
            target = previous
        if target is None and (whole := _whole_of_a_share(doc, ent)) is not None:
            ents.append(whole)
            target = len(ents) - 1
        if target is not None:
            links.add(q, target, "VALUE_OF")
    for g, ent in enumerate(ents):
        if ent.label_ != "GROWTH" or links.child(g, "CHANGE_OF") is not None:
            continue
        # 较上年增加1.2万件，增长14.3%: a change right after a linked one is of the same indicator
        s, _ = _sentence(doc, ent.start_char, ent.end_char)
        paired = g > 0 and ents[g - 1].label_ == "GROWTH" and ents[g - 1].start_char >= s
        target = links.child(g - 1, "CHANGE_OF") if paired else None
        if target is None:
            target = _previous_indicator(doc, links, g, "GROWTH")
            # the indicator's first change, or one of its value right before (…；四川省2.36万件，同比增长8.1%)
            own = g > 0 and target is not None and links.child(g - 1, "VALUE_OF") == target \
                and _changes_the_value_before(text_of(doc), ents[g - 1], ent)
            target = target if target is not None and (own or not links.heads(target, "CHANGE_OF")) else None
        if target is not None:
            links.add(g, target, "CHANGE_OF")
    for r, ent in enumerate(ents):
        if ent.label_ != "RANK" or links.child(r, "RANK_OF") is not None:
            continue
        target = _previous_indicator(doc, links, r, "RANK")
        if target is not None:
            links.add(r, target, "RANK_OF")


_AMONG_A_GROUP = re.compile(r"[^，,。；;]{1,10}中[，,]")
_GROUPING_OPENING = re.compile(r"\s*" + REGION_GROUPING)
_BREAKDOWN = re.compile(r"\s*其中[，,]?")


def _only_places_before(doc: Doc, ents: list[Span], figure: Span) -> int | None:
    """Where the part of ``figure``'s sentence begins when it names only places before the figure, after
    a phrase that sets them apart (…；新城区中，江夏区、东西湖区、黄陂区分别为1054件、786件和433件), else ``None``."""
    s, _ = _sentence(doc, figure.start_char, figure.end_char)
    group = _AMONG_A_GROUP.match(text_of(doc), s)  # 新城区中，: a group's name, whatever the model tagged in it
    places = [e for e in ents if e.label_ == "REGION" and (group.end() if group else s) <= e.start_char
              and e.end_char <= figure.start_char]
    grouping = _GROUPING_OPENING.match(text_of(doc), s) if s and not places else None
    if grouping is not None and not any(s <= e.start_char < figure.start_char for e in ents) \
            and _places_only(text_of(doc)[grouping.end() : figure.start_char]):
        return s  # …；中部地区10.5万件: a grouping of the country's regions, which carries no label
    if not s or not places:
        return None
    begin = group.end() if group else max(s, text_of(doc).rfind("，", s, places[0].start_char) + 1)
    if not group and any(s <= e.start_char < begin for e in ents):
        return None
    rest = _outside_entities(doc, places, begin, figure.start_char)
    if _places_only(rest):
        return s
    # 达坂城区、乌鲁木齐县基数较小，分别为243件和231件: a remark on the places, then their figures in order
    remark, _, tail = rest.rpartition("，")
    listed = bool(remark) and tail.startswith("分别") and _places_only(tail)
    return s if listed and not any(places[-1].end_char <= e.start_char < figure.start_char for e in ents) else None


def _places_only(rest: str) -> bool:
    """What stands between listed places and their figure names no indicator: list words, a count of the places,
    分别 and a verb (…分别受理), or a verb of their own alone (其中，广东省提交2.2万件)."""
    if _PLACES_ONLY.fullmatch(rest):
        return True
    words = placed_words(rest.strip(" 、和及与"))
    return len(words) == 1 and words[0][1].startswith("v")


def _breaks_the_value_before_down(doc: Doc, ents: list[Span], q: int) -> bool:
    """…发明专利授权11.9万件，同比增长10.1%，其中日本3.9万件: a 其中 clause that names only places before its figure."""
    clause, _ = _sentence(doc, ents[q].start_char, ents[q].end_char, _CLAUSE_BREAK)
    lead = _BREAKDOWN.match(text_of(doc), clause)
    places = [e for e in ents if e.label_ == "REGION" and clause <= e.start_char and e.end_char <= ents[q].start_char]
    return bool(lead and places and _places_only(_outside_entities(doc, places, lead.end(), ents[q].start_char)))


def _indicator_of_the_part_before(doc: Doc, links: _Links, q: int) -> int | None:
    """A part that names only places before its figure goes on with the indicator of the part before: after a
    semicolon (…，居全市首位；莱山区、龙口市分别为3356件和3012件), or after a full stop where both are 分别 lists
    (…洪山区、武昌区发明专利授权量分别为2915件、2476件。新城区中，江夏区、黄陂区分别为1054件、433件) or where the
    sentence breaks the one before down (…获得发明专利授权5862件。其中，台湾3385件；香港2391件)."""
    ents, text = links.ents, text_of(doc)
    s = _only_places_before(doc, ents, ents[q])
    if s is None:
        return None
    if text[s - 1] in "；;":
        return _previous_indicator(doc, links, q, None, _FULL_STOP)
    before, _ = _sentence(doc, s - 1, s - 1, _FULL_STOP)
    among = "分别" in text[s : ents[q].start_char] and "分别" in text[before:s]
    if not among and not _BREAKDOWN.match(text, s):
        return None
    listed = [k for k, e in enumerate(ents) if e.label_ == "QUANTITY" and before <= e.start_char < s and links.child(k, "VALUE_OF") is not None]
    return links.child(max(listed, key=lambda k: ents[k].start_char), "VALUE_OF") if listed else None


def _is_comparison_base(doc: Doc, span: Span) -> bool:
    """比2014年增加263件, 与2014年同比增长11%, 是“十二五”末的2.3倍, 由2022年的每公斤8.6元提高到…, 是试点前三年（2017—2019年）的1.4倍,
    相当于2022年全年（8,096件）的75.64%: the year a change or a share is
    measured against, not the fact's year (the figure after it is of that year, :func:`_year_right_before`)."""
    return bool(
        _COMPARISON_BASE.search(text_of(doc)[max(0, span.start_char - 3) : span.start_char].rstrip("“\""))
        or _COMPARISON_BASE_AFTER.match(text_of(doc), span.end_char)
        or (text_of(doc).endswith(("由", "从"), 0, span.start_char) and _DATE_OF_NEXT_FIGURE.match(text_of(doc), span.end_char))
        or bool(_BRACKETED_BASE.match(text_of(doc), span.end_char) and text_of(doc).endswith(("（", "("), 0, span.start_char))
        or (span.text.endswith("全年") and bool(_OF_A_YEARS_WHOLE.match(text_of(doc), span.end_char)))  # [2022年全年]（8,096件）的75.64%
        or (text_of(doc).endswith("在", 0, span.start_char) and bool(_ON_THE_BASIS.match(text_of(doc), span.end_char)))
    )


# 在去年58家的基础上新增10家以上: the year of the base a plan builds on
_ON_THE_BASIS = re.compile(r"[^，,。；;]{0,15}?的?基础上")


# 是试点前三年（2017—2019年）的1.4倍: the years of a base named before them, in brackets before what the figure is of it
_BRACKETED_BASE = re.compile(r"[）)]的(?:约|近)?[\d.]+(?:倍|%)")


def _is_title_date(doc: Doc, span: Span) -> bool:
    """…“十三五”规划（2016—2020）》: the period in a title is not the period a figure belongs to."""
    return bool(_TITLE_DATE_END.match(text_of(doc), span.end_char))


def _dates_an_object(doc: Doc, date: Span) -> bool:
    """发布[2019年度]合肥市知识产权保护典型案例: a date between a verb and the thing it acts on names that thing,
    not the time of the clause (截至2019年底, 到2020年 are times)."""
    if _CLAUSE_BREAK.match(text_of(doc), date.end_char):
        return False
    verb = next((w for w, flag, start in placed_words(text_of(doc)) if start + len(w) == date.start_char and flag.startswith("v")), None)
    return verb is not None and not _SENTENCE_OPENER.match(verb)


def _governs(doc: Doc, date: Span, target: Span) -> bool:
    """A date governs a figure in its own sentence, or in later ones when it opens its sentence (2016年，…);
    a date that qualifies the figure right after it (由2021年的21563件) governs nothing else, and one that
    names a verb's object (发布2019年度…典型案例) nothing outside its clause; nor does a date govern a later clause
    that opens with a period of its own (2022年、2023年…分别为5937件、6415件，试点期间全市累计…1.92万件)."""
    if _DATE_OF_NEXT_FIGURE.match(text_of(doc), date.end_char) or _FOUNDED_IN.search(text_of(doc), max(0, date.start_char - 4), date.start_char):
        return False
    bracket = _bracket_around(text_of(doc), date.start_char, date.end_char)
    if bracket is not None:  # …同比增长31.7%（2022年为325件），结案401件: the bracket's own figure
        return bracket[0] <= target.start_char and target.end_char <= bracket[1]
    s, e = _sentence(doc, date.start_char, date.end_char, _CLAUSE_BREAK if _dates_an_object(doc, date) else _SENTENCE_END)
    if s <= target.start_char < e:
        clause, _ = _sentence(doc, target.start_char, target.end_char, _CLAUSE_BREAK)
        return clause <= date.start_char or not (_PERIOD_OPENING.match(text_of(doc), clause, target.start_char)
                                                 or _counted_since_founded(doc, date, clause, target))
    before = ITEM_NUMBER.sub("", text_of(doc)[s : date.start_char].strip(), count=1)  # （一）2015年…
    before = _WORDS_BEFORE_WHAT_IS_SAID.sub("", before.strip(), count=1)
    return bool(_SENTENCE_OPENER.match(before.strip())) and not _opens_with_a_period(doc, target)


# …列出了一张“任务清单”：“今年，…；…, “海工装备方面，今年要…；…, 按照…提出的今年工作目标，2024年全市力争…；…: what is said
# after a colon or who says it (市市场监管局有关负责人表示，2024年，全市力争…；…), the topic a part opens with, and the plan it
# follows, stand before a date that opens what follows
_WORDS_BEFORE_WHAT_IS_SAID = re.compile(
    r"^(?:.*[：:]\s*|[^，,。；;：:]{2,30}?(?:表示|介绍|指出|透露|坦言|告诉记者|说)[，,]\s*)?(?:(?:按照|根据|依据|对照|围绕)[^，,。；;：:]{1,30}[，,])?[“‘\"]?(?:[\u4e00-\u9fff]{2,10}方面[，,])?")


# 鲁阳绸庄创立于1921年，现有注册商标3件: the year something was founded, which dates none of its figures
_FOUNDED_IN = re.compile(r"(?:创立|成立|创办|创建|始建|始创|建)于\s*$")
# 2018年10月，市…调解委员会挂牌成立，累计调解…纠纷214件: what was set up on the day, whose running total since runs to the
# report's time
_FOUNDED = re.compile(r"成立|挂牌|揭牌|启用|开通|投入(?:使用|运行)")


def _counted_since_founded(doc: Doc, date: Span, clause: int, target: Span) -> bool:
    """The target's clause (from ``clause``) counts a running total (累计) after a clause saying what was set up on ``date``."""
    text = text_of(doc)
    founded = _FOUNDED.search(text, date.end_char, clause)
    total = text.find("累计", founded.end(), target.start_char) if founded else -1
    return total >= 0 and _CLAUSE_BREAK.search(text, founded.end(), total) is not None


def _opens_with_a_period(doc: Doc, target: Span) -> bool:
    """2021年，建成…。试点期间，全市累计查处…1386件: a sentence that opens with a period of its own (期间, 以来,
    五年来) counts over it, so the date opening an earlier sentence does not date it."""
    s, _ = _sentence(doc, target.start_char, target.end_char, _FULL_STOP)
    return bool(_PERIOD_LEAD.search(text_of(doc)[s : target.start_char].split("，")[0]))


def _bracket_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the （…） that holds text[start:end] within its sentence, if any."""
    open_at = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
    if open_at < 0 or any(c in text[open_at:start] for c in "）)。；"):
        return None
    close = min((k for k in (text.find("）", end), text.find(")", end)) if k >= 0), default=-1)
    if close < 0 or any(c in text[end:close] for c in "（(。；"):
        return None
    return open_at, close + 1


def _nearest(ents: list[Span], i: int, label: str, doc: Doc, before_only: bool = True,
             keep: Callable[[int], bool] = lambda k: True) -> int | None:
    """The closest entity of a label in the same sentence (preceding ones first) that ``keep`` keeps."""
    s, e = _sentence(doc, ents[i].start_char, ents[i].end_char)
    candidates = [
        k for k, ent in enumerate(ents)
        if ent.label_ == label and s <= ent.start_char < e and (not before_only or ent.start_char < ents[i].start_char) and keep(k)
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda k: abs(ents[k].start_char - ents[i].start_char))


def _money_unit(doc: Doc, indicator: Span, quantity: Span) -> str | None:
    """元 for a bare amount in 万/亿 about money (出资500万, 资助资金200万): money is always in 元."""
    begin, _ = _sentence(doc, quantity.start_char, quantity.end_char, _CLAUSE_END)
    context = indicator.text + text_of(doc)[begin : quantity.start_char]
    return "元" if _BARE_MULTIPLIER.search(quantity.text) and _MONEY.search(context) else None


# 到2025年, 力争到2025年, 截至2023年底: the words before a date that opens a clause
_BEFORE_AN_OPENING_DATE = re.compile(r"(?:力争|争取|预计)?(?:到|至|截至|截止)?")


def _later_opening_date(doc: Doc, ents: list[Span], date: int, indicator: Span) -> int:
    """力争2023年…突破5000件，到2025年…达到3.95件，PCT国际专利申请量达到200件: a date opening a later clause of the
    sentence, before the indicator, dates it instead of the one the model linked; so does a month opening the
    indicator's own sentence where the link reaches back into an earlier one (2023年全年，…。截至11月底，…；每万人口…)."""
    s, _ = _sentence(doc, indicator.start_char, indicator.end_char)
    full, _ = _sentence(doc, indicator.start_char, indicator.end_char, _FULL_STOP)
    earlier = ents[date].end_char <= full
    for k in range(len(ents) - 1, -1, -1):
        e = ents[k]
        if e.label_ == "DATE" and ents[date].end_char <= e.start_char and e.end_char <= indicator.start_char \
                and (full if earlier else s) <= e.start_char:
            opening, _ = _sentence(doc, e.start_char, e.end_char, _CLAUSE_BREAK)
            value = parse_date(e.text)
            if opening > ents[date].end_char and _BEFORE_AN_OPENING_DATE.fullmatch(text_of(doc), opening, e.start_char) \
                    and value is not None and (value.year is not None or earlier and value.month is not None):  # not 力争年内
                return k
    return date


def _clause_date(doc: Doc, ents: list[Span], q: int, after: int) -> int | None:
    """A date in a value's own clause, after its indicator (…为97.15%，2017年1—9月为97.42%):
    it governs that value alone; not one that dates the figure right after it (由2020年的10.1%提高到11.4%)."""
    begin, _ = _sentence(doc, ents[q].start_char, ents[q].end_char, _CLAUSE_END)
    dates = [
        k for k, e in enumerate(ents)
        if e.label_ == "DATE" and max(begin, after) <= e.start_char < ents[q].start_char and not _is_comparison_base(doc, e)
        and not _DATE_OF_NEXT_FIGURE.match(text_of(doc), e.end_char)
    ]
    return dates[-1] if dates else None


def _year_right_before(doc: Doc, links: _Links, quantity: Span, ctx: _Context, of_year: int | None) -> int | None:
    """The year of 比2019年的8645件, 由上年的312件, 由“十三五”末的52家 or 是2020年（18.35件）的2.4倍, and of every figure listed after
    it: the value's own, even where the model missed the date or it is a comparison base. 上年 is the year before the one
    its sentence is of (a 2025 press conference's 2024年，…1386件，较上年的1233件: 2023); 去年, the year before the day it
    was said."""
    if quantity.text.endswith("倍"):  # 是2015年末的2.3倍 is a multiple of that year's figure, not of it
        return None
    start = quantity.start_char  # 较2022年的3164件、1964件、1518件: the year of the list's first figure
    for figure in sorted((e for e in links.tagged if e.label_ == "QUANTITY" and e.end_char <= start), key=lambda e: -e.start_char):
        if not _LIST_SEPARATOR.fullmatch(text_of(doc)[figure.end_char : start].strip()):
            break
        start = figure.start_char
    m = _YEAR_OF_NEXT_FIGURE.search(text_of(doc), max(0, start - 10), start)
    if m is None and text_of(doc).startswith(("）", ")"), quantity.end_char):
        m = _YEAR_BEFORE_A_BRACKET.search(text_of(doc), max(0, start - 10), start)
    share = _SHARE_OF_A_YEAR.match(text_of(doc), m.end(1)) if m is not None and m.group(1) else None
    if share is not None and not share.start("whole") <= quantity.start_char < share.end("whole"):
        return None  # the share (…的75.64%), not the whole's own figure (8,096件)
    if m is not None and m.re is _YEAR_OF_NEXT_FIGURE and m.group(3):
        return parse_date(m.group(3)).year_end
    word = (m.group(1) or m.group(2)) if m else None
    if word is not None and word.startswith("上") and of_year is not None:
        return of_year - 1
    date = parse_date(word) if word else None
    return date.resolve(ctx.said_in).year if date else None


# 三年累计罚没款312.6万元, 五年来共计…, 建设期内累计…: a total over the years of a period, after the years its sentence lists (2022年、2023年、
# 2024年, 2022年至2024年)
_TOTAL_OVER_YEARS = re.compile(r"(?:[两二三四五六七八九十]年|(?:建设|试点|实施|规划|考核)期(?:内|间)?)(?:来|间)?(?:累计|合计|共计)")
_LIST_OF_YEARS = re.compile(r"(?:19|20)\d{2}年(?:[、和及至到—―-](?:19|20)\d{2}年)+")


def _last_year_totalled(doc: Doc, q: Span) -> int | None:
    """2022年、2023年、2024年，…分别查处…38件、45件、52件，三年累计罚没款312.6万元；…惠及企业87家次: a figure after a total over
    the years its sentence listed is of the last of them, whatever indicator it has."""
    s, _ = _sentence(doc, q.start_char, q.end_char, _FULL_STOP)
    totals = [m.start() for m in _TOTAL_OVER_YEARS.finditer(text_of(doc), s, q.start_char)]
    lists = [m.group() for m in _LIST_OF_YEARS.finditer(text_of(doc), s, totals[-1])] if totals else []
    return max(int(y) for y in re.findall(r"(?:19|20)\d{2}", lists[-1])) if lists else None


# 各年分别为…, 历年分别为…: a list over each year of a period
_EACH_YEAR = re.compile(r"(?:各年|历年|每年|逐年)(?:度)?分别|(?P<years>[两二三四五六七八九十])年(?:间|来|中|内)?[，,]?[^，,。；;\d]{0,20}?分别")


# 合计, 共计: the word that sums a list up, which no list's own values stand after
_LIST_TOTAL = re.compile(r"合计|共计|总计")


def _listed_years(doc: Doc, ents: list[Span], quantities: list[int], ctx: _Context) -> list[int | None]:
    """2013年、2014年、2015年，全市专利申请量分别为8012件、9530件、11206件: a run of as many years
    as the indicator has values, before them in their sentence, gives each value its year in order;
    a run that opens the sentence goes on past its semicolons (…；专利授权量分别为712件、1058件、1436件),
    and over each further 分别 list of as many values. A DATE span may hold several of the years
    (2012、2013、2014年 tagged [2012、][2013、2014年]), and a period lists its years when it has as many
    as there are values (2011年至2015年，…分别为23486件、30512件、32187件、30964件和35128件), and so does the period a
    review covers for a list over each of its years (各年分别为…) that names none."""
    if len(quantities) < 2:
        return []
    first = ents[quantities[0]]
    s, _ = _sentence(doc, first.start_char, first.end_char, _FULL_STOP)
    if s and _BREAKDOWN.match(text_of(doc), s):  # 其中，发明专利授权量分别为…: a breakdown over the years before
        s, _ = _sentence(doc, s - 1, s - 1, _FULL_STOP)
    clause, _ = _sentence(doc, first.start_char, first.end_char)
    # 是“十三五”前三年的1.6倍 dates nothing after it, nor does 2016年至2020年（1—11月）'s note on its last year
    dates = [k for k, e in enumerate(ents) if e.label_ == "DATE" and s <= e.start_char < first.start_char
             and not _is_comparison_base(doc, e) and _bracket_around(text_of(doc), e.start_char, e.end_char) is None]
    runs: list[list[int]] = []
    for k in dates:
        if runs and _DATE_LIST_SEPARATOR.fullmatch(text_of(doc), ents[runs[-1][-1]].end_char, ents[k].start_char):
            runs[-1].append(k)
        else:
            runs.append([k])
    # …分别为1.26亿元和2.18亿元，2015年达到3.58亿元: a value after a later date is not the run's
    later = [e.start_char for e in ents if e.label_ == "DATE" and e.start_char > first.start_char]
    listed = [q for q in quantities if not later or ents[q].start_char < later[0]]

    def years(run: list[int]) -> list[int | None]:
        out: list[int | None] = []
        for k in run:
            several = _YEARS_LISTED.fullmatch(ents[k].text)
            out += [int(y) for y in _YEAR_IN_LIST.findall(ents[k].text)] if several else [_year_of(doc, ents[k], ctx)]
        return out

    def period(run: list[int]) -> list[int | None]:
        """2011年至2015年 (two spans) or 2011—2015年 (one): every year of the period."""
        first_year, last_year = _period_years(doc, ents, run)
        return list(range(first_year, last_year + 1)) if first_year and last_year and 1 < last_year - first_year < 10 else []

    def lists(size: int) -> int:
        """How many lists of ``size`` values, each after its own 分别, the values make (…分别为986件、1255件
        和1372件，占专利授权总量的比重分别为3.6%、4.1%和4.4%: two lists over the same years), the figures after
        the last in a clause of their own (…和15.2亿元，年均增长37.1%，五年累计48.6亿元: a total, no year's); 0 if none."""
        if size < 2 or len(listed) < size:
            return 0

        def between(n: int) -> str:
            return text_of(doc)[ents[listed[n - 1]].end_char : ents[listed[n]].start_char]

        if any(_LIST_TOTAL.search(between(n)) for n in range(1, size)):
            return 0  # …分别为742件、611件和516件，合计1869件: a total is no year's value
        count = 1
        while (count + 1) * size <= len(listed) and "分别" in between(count * size):
            count += 1
        if count * size < len(listed) and not _CLAUSE_BREAK.search(between(count * size)):
            return 0
        return count

    periods = [[k] for k in dates] + [[a, b] for a, b in zip(dates, dates[1:]) if _PERIOD_JOIN.fullmatch(
        text_of(doc), ents[a].end_char, ents[b].start_char)]
    candidates = sorted([(run, years(run)) for run in runs] + [(run, period(run)) for run in periods],
                        key=lambda item: ents[item[0][0]].start_char)
    each_year = _EACH_YEAR.search(text_of(doc), s, first.start_char)
    # 2021—2023年，…各年分别为407宗、476宗和538宗，…。…案件各年分别为86件、133件和195件: the period its paragraph named last
    named = [each for k, e in enumerate(ents) if e.label_ == "DATE" and e.end_char <= s and not _is_comparison_base(doc, e)
             and (each := period([k])) and lists(len(each))] if each_year and not candidates else []
    if named:
        return named[-1] * lists(len(named[-1]))
    if not candidates and ctx.period is not None and each_year:
        # “十三五”…回顾: 全省发明专利授权量各年分别为1.12万件、…和2.05万件, the years of the period under review; …白皮书（2021—2023）:
        # 三年间，…收案数分别为46件、87件和71件, as many years as it has
        period_years = list(range(ctx.period[0], ctx.period[1] + 1))
        if each_year.group("years") is None or parse_number(each_year.group("years")) == len(period_years):
            return period_years * lists(len(period_years))
    after = _years_listed_after_a_total(doc, ents, quantities, ctx)
    if after and not candidates:
        return after
    fitting = [
        listed_years * count for run, listed_years in candidates
        if (count := lists(len(listed_years)))
        and (ents[run[0]].start_char >= clause or _governs(doc, ents[run[0]], first))
        and not any(ents[run[-1]].end_char <= ents[k].start_char for k in dates)  # …；其中2022年…27.3亿元，占…的70.7%
    ]
    return fitting[-1] if fitting else []


def _years_listed_after_a_total(doc: Doc, ents: list[Span], quantities: list[int], ctx: _Context) -> list[int | None]:
    """三年来，…累计安排知识产权专项资金1580万元，2022年、2023年、2024年分别安排460万元、500万元和620万元: the years listed after the
    first values give the values after their 分别 in order, and the values before (a total over them) the last of them."""
    text = text_of(doc)
    for lead in range(1, len(quantities) - 1):
        start, end = ents[quantities[lead - 1]].end_char, ents[quantities[lead]].start_char
        run = [k for k, e in enumerate(ents) if e.label_ == "DATE" and start <= e.start_char and e.end_char <= end]
        if len(run) != len(quantities) - lead or "分别" not in text[ents[run[-1]].end_char : end]:
            continue
        if not all(_DATE_LIST_SEPARATOR.fullmatch(text, ents[a].end_char, ents[b].start_char) for a, b in zip(run, run[1:])):
            continue
        years = [_year_of(doc, ents[k], ctx) for k in run]
        if None not in years and sorted(years) == years:
            return [max(years)] * lead + years
    return []


def _period_years(doc: Doc, ents: list[Span], run: list[int]) -> tuple[int | None, int | None]:
    """The first and last year of a period written as one DATE span or as two joined by 至."""
    if len(run) == 1:
        value = parse_date(ents[run[0]].text)
        return (value.year, value.year_end) if value is not None else (None, None)
    first, last = (parse_date(ents[k].text) for k in run)
    return (first.year if first else None, last.year if last else None)


def _same_period_date(doc: Doc, ents: list[Span], i: int) -> int | None:
    """同期全国专利密集型产业增加值为…, 从区域分布看，…: the last date of the sentences before, in the paragraph, that is
    no comparison base (…达到386件，是“十二五”末的2.3倍。同期，全省…), nor the date of one figure
    (…比重由2020年的50.6%提高到56.3%。同期，上海市…), nor the date of a contrast (…达到296件，而2022年建设初期仅有158件。),
    nor a target's (…规划提出的到2025年…达到25件的目标。)."""
    s, _ = _sentence(doc, ents[i].start_char, ents[i].end_char)
    lead = _SAME_PERIOD.match(text_of(doc), s)
    if not lead:
        return None
    text = text_of(doc)
    before = [k for k in _dates_before(doc, ents, s) if not _DATE_OF_NEXT_FIGURE.match(text, ents[k].end_char)
              and not (text.endswith("到", 0, ents[k].start_char) and "目标" in text[ents[k].end_char : s])
              and not text.endswith("而", 0, ents[k].start_char)]
    if lead.group("breakdown"):  # the date of the figures broken down opens their sentence (not …，超过去年全年…)
        before = [k for k in before if _SENTENCE_OPENER.match(
            text[_sentence(doc, ents[k].start_char, ents[k].end_char)[0] : ents[k].start_char].strip())]
    return before[-1] if before else None


_NOTE_OPENING = re.compile(r"按|以|据|注")


def _dates_before(doc: Doc, ents: list[Span], end: int, begin: int = 0) -> list[int]:
    """The DATE entities between ``begin`` and ``end``, in text order, that date the text: no comparison base
    (比2019年增长), a title's period (…规划（2016—2020）》) nor a date in a note in brackets (…149.89件（按2023年末全市常住人口
    954.70万人计算）)."""
    return sorted((k for k, e in enumerate(ents) if e.label_ == "DATE" and begin <= e.start_char and e.end_char <= end
                   and not _is_comparison_base(doc, e) and not _is_title_date(doc, e) and not _in_a_note(doc, e)),
                  key=lambda k: ents[k].start_char)


def _in_a_note(doc: Doc, span: Span) -> bool:
    """（按2023年末全市常住人口954.70万人计算）: a span inside brackets that open with a note's word (按…计算, 以…为准,
    据…统计, 注：)."""
    text = text_of(doc)
    opening = max(text.rfind("（", 0, span.start_char), text.rfind("(", 0, span.start_char))
    closing = min((k for k in (text.find("）", span.end_char), text.find(")", span.end_char)) if k >= 0), default=-1)
    return opening >= 0 and closing >= 0 and not re.search(r"[）)]", text[opening:span.start_char]) \
        and bool(_NOTE_OPENING.match(text, opening + 1))



def _aimed_at_in_a_clause_of_its_own(doc: Doc, ents: list[Span], figure: Span) -> bool:
    """…；全年力争达到3300件: a target's figure whose clause names no date (not 力争2023年…突破5000件)."""
    clause, _ = _sentence(doc, figure.start_char, figure.end_char, _CLAUSE_END)
    return bool(_AIMED_AT.search(text_of(doc), clause, figure.start_char)) \
        and not any(e.label_ == "DATE" and clause <= e.start_char < figure.start_char for e in ents)


# 截至目前，全市共有…, 目前，龙田镇、高山镇各建成…: a sentence opening on "now"
_NOW_OPENING = re.compile(r"\s*(?:截至|截止|到)?目前")
# the first month of a year from which "now" in words said is that year's, not the end of the year under review
_NOW_FROM_MONTH = 5


def _said_now(doc: Doc, ents: list[Span], i: int, ctx: _Context) -> bool:
    """2023年，全市新认定…；截至目前，全市共有国家知识产权优势企业19家 in a report to the 人大常委会 of August 2024 on 2023 and
    the half-year since: figures of a sentence or ；-part opening on "now" are of the day it was said, in its year, whatever
    date an earlier part gave (not in a press conference of January on the year before, whose 目前 is that year's end)."""
    if ctx.said_in is None or ctx.year is None or ctx.said_in <= ctx.year or (ctx.said_in_month or 0) < _NOW_FROM_MONTH:
        return False
    s, _ = _sentence(doc, ents[i].start_char, ents[i].end_char)
    return bool(_NOW_OPENING.match(text_of(doc), _SENTENCE_LEAD.match(text_of(doc), s).end())) \
        and not any(e.label_ == "DATE" and s <= e.start_char < ents[i].start_char for e in ents)


# 下一步，我们将…, 今后我局要…: what follows is planned, not done
_NEXT_STEPS = re.compile(r"(?:下一步|下步|接下来|今后)[，,：:]?[\u4e00-\u9fff]{0,4}?(?:将|要)")


def _a_next_step_said_later(doc: Doc, ents: list[Span], figure: Span, ctx: _Context) -> bool:
    """下一步，我们将…：一是…力争今年…；二是…推动全市专利转让许可次数超过350次, said in 2025 of 2024's work: a figure
    after the next steps a speaker announces, with no date of another year between, is for the year it was said in."""
    if ctx.said_in is None or ctx.year is None or ctx.said_in <= ctx.year:
        return False
    steps = [m.end() for m in _NEXT_STEPS.finditer(text_of(doc), 0, figure.start_char)]
    return bool(steps) and all(_year_of(doc, e, ctx) == ctx.said_in for e in ents
                               if e.label_ == "DATE" and steps[-1] <= e.start_char < figure.start_char)


def _opening_date_before(doc: Doc, ents: list[Span], i: int) -> int | None:
    """2023年，…力争…；同时…，力争全市知识产权服务机构超过2300家: the last date before in the sentence up to its
    full stop, where it opens its ；-part and so governs the parts after it, and is no comparison base (not one of
    an earlier sentence: …（黑知联发〔2012〕6号）。“十二五”期间，…累计达到28.6亿元, where 十二五 went untagged)."""
    begin, _ = _sentence(doc, ents[i].start_char, ents[i].end_char, _FULL_STOP)
    dates = _dates_before(doc, ents, ents[i].start_char, begin)
    for n in reversed(range(len(dates))):
        if _governs(doc, ents[dates[n]], ents[i]):
            return dates[n]
        # past a date of a later clause that governs only its own (今年我们…：一是…力争年底前…；…；三是…扩大到8个), or a note in
        # brackets (今年宣传周（4月20日至26日），…), not one of the same run (2012、2013、2014年，…；三年试点期间累计…)
        if n and not _CLAUSE_BREAK.search(text_of(doc), ents[dates[n - 1]].end_char, ents[dates[n]].start_char) \
                and _bracket_around(text_of(doc), ents[dates[n]].start_char, ents[dates[n]].end_char) is None:
            return None
    return None


# 局长 罗建平：谢谢。2026年是…, 刘海涛：今年是…: in words said after the year under review, a speaker's name and thanks
# before the first sentence of what they say
_TURN_OPENING = re.compile(r"(?:[^，。；、,;：:！!？?]{2,40}[：:])?\s*(?:(?:谢谢|感谢|好的)[^。！!，,]{0,12}[。！!])?")


_UP_TO = re.compile(r"\s*" + _UP_TO_WORD)


def _topic_sentence_date(doc: Doc, ents: list[Span], i: int, ctx: _Context) -> int | None:
    """2023年，全省知识产权事业发展取得新成效。全省专利授权量7.21万件…, 今年是…实施方案的收官之年。我们将…力争…:
    a paragraph whose first sentence opens with a year (or a part of one said: 今年一季度开局还是不错的。) and gives no figure is
    about that year, up to a sentence
    that names a date of another year (not 2024年，…。截至2024年底，…); in a transcript, a speaker's name and thanks
    before it (…局长 罗建平：谢谢。2026年是“十五五”开局之年。…) are not its first."""
    courtesy = _TURN_OPENING.match(text_of(doc)) if ctx.said_in_month is not None else None
    first = courtesy.end() if courtesy else 0
    first_end = _sentence(doc, first, first + 1, _FULL_STOP)[1]
    if ents[i].start_char < first_end:
        return None
    opening = next((k for k, e in enumerate(ents) if e.label_ == "DATE" and first <= e.start_char < first_end), None)
    if opening is None:
        return None
    up_to = _UP_TO.fullmatch(text_of(doc), first, ents[opening].start_char) is not None  # 截至[2023年底]
    if not (up_to or _SENTENCE_LEAD.fullmatch(text_of(doc), first, ents[opening].start_char)):
        return None
    topic_year = _year_of(doc, ents[opening], ctx)
    # the end of a year before the one the section is of, with figures (截至2023年底，全县有效发明专利103件…。全县有效注册商标
    # 6385件 in a summary of 2024's activity month): the paragraph's background year still
    earlier = up_to and topic_year is not None and ctx.year is not None and topic_year < ctx.year
    if not (_SINGLE_YEAR.fullmatch(ents[opening].text) or _A_YEAR_SAIDS_PERIOD.fullmatch(ents[opening].text) or earlier) \
            or (not earlier and any(e.label_ in ("QUANTITY", "GROWTH") and first <= e.start_char < first_end for e in ents)):
        return None
    # a date of its own, not 当年/同年 (…，其中当年新增3件), which names the paragraph's year again, nor one in that year
    # (截至2024年底), nor the period of a title (以《淮安市“十四五”知识产权发展规划》目标任务为牵引)
    dated_since = any(e.label_ == "DATE" and first_end <= e.start_char < ents[i].start_char
                      and getattr(parse_date(e.text), "relative", None) != "that_year" and not _is_title_date(doc, e)
                      and _year_of(doc, e, ctx) != topic_year
                      for e in ents)
    s, _ = _sentence(doc, ents[i].start_char, ents[i].end_char, _FULL_STOP)
    lead = text_of(doc)[s : ents[i].start_char].split("，")[0]  # “十二五”期间，…: a period of its own, untagged
    return None if dated_since or _TIME_WORD.search(_BOOK_TITLE.sub("", lead)) else opening


def _quantity_of(doc: Doc, span: Span) -> Quantity | None:
    """The figure of a QUANTITY span; a bare 千/百/万 (突破[千件], 逾[千家], the qualifier outside the span as
    the guidelines mark it) is a number only after its qualifier, so that a lone [万元] is none."""
    lower = _RANGE_LOWER_BOUND.search(text_of(doc), max(0, span.start_char - 12), span.start_char)
    if lower is not None:  # 2000～[3000万元]: the model split a range; it is read whole (its lower bound)
        return parse_quantity(lower.group() + span.text)
    neighbour = _NEIGHBOUR_DIGIT_BEFORE.search(text_of(doc), 0, span.start_char)
    if neighbour is not None and CN_DIGITS.find(neighbour.group()) + 1 == CN_DIGITS.find(span.text[:1]) > 0:
        return parse_quantity(neighbour.group() + span.text)  # 三[四成]: a rough count read whole
    if span.text.endswith("块") and text_of(doc).startswith("钱", span.end_char):
        return parse_quantity(span.text + "钱")  # [9万多块]钱: money said aloud
    parsed = parse_quantity(span.text)
    if parsed is None:
        qualifier = _qualifier_word_before(doc, span)
        parsed = parse_quantity(qualifier + span.text) if qualifier else None
    return parsed


def _qualifier_word_before(doc: Doc, span: Span) -> str:
    """逾, 突破, 近, 不到 … right before a figure (知识产权服务机构逾千家), or nothing."""
    before = text_of(doc)[max(0, span.start_char - 4) : span.start_char]
    m = _AT_LEAST.search(before) or _APPROX.search(before) or _AT_MOST.search(before)
    return m.group() if m else ""


def _qualifier_before(doc: Doc, span: Span, parsed: str | None) -> str | None:
    """The qualifier a word before the figure gives it, or the word before 占 a share follows in its clause
    (约占全省的四成), else the one inside its span (``parsed``)."""
    word = _qualifier_word_before(doc, span)
    if not word and parsed is None:
        clause, _ = _sentence(doc, span.start_char, span.end_char, _CLAUSE_BREAK)
        share = _QUALIFIED_SHARE.search(text_of(doc), clause, span.start_char)
        word = share.group(1) if share else ""
    if not word:
        return parsed
    return "at_least" if _AT_LEAST.match(word) else "approx" if _APPROX.match(word) else "at_most"


def _year_of(doc: Doc, date_span: Span | None, ctx: _Context) -> int | None:
    if date_span is None or _is_comparison_base(doc, date_span) or _is_title_date(doc, date_span):
        return ctx.year
    value = parse_date(date_span.text)
    if value is not None and value.relative == "that_year":
        return _year_named_before(doc, date_span, ctx)
    if value is not None and value.relative == "next_year" and ctx.ahead:
        return ctx.year  # 明年在现有基础上再…, in the plan of a report written in the year it reviews: the plan's year
    value = value.resolve(ctx.said_in) if value is not None else None
    if value is None or value.year is None:  # 今年一季度 tagged [今年][一季度]: the year of the date it follows
        year_before = next((e for e in doc.ents if e.label_ == "DATE" and e.end_char == date_span.start_char), None)
        if year_before is not None:
            return _year_of(doc, year_before, ctx)
        month = value.month if value is not None else _MONTH_A_PERIOD_ENDS.get(date_span.text.lstrip("第"))
        if month is not None and ctx.said_in_month is not None and month <= ctx.said_in_month:
            return ctx.said_in  # 截至3月底 or 一季度 said in April of the year after the one under review: this year's
        # 今年我们…，力争年底前收录纹样1000个以上: the year of a date earlier in its sentence
        ents = list(doc.ents)
        begin, _ = _sentence(doc, date_span.start_char, date_span.end_char, _FULL_STOP)
        yeared = [k for k in _dates_before(doc, ents, date_span.start_char, begin)
                  if (earlier := parse_date(ents[k].text)) is not None and earlier.resolve(ctx.said_in).year is not None]
        if yeared:
            return _year_of(doc, ents[yeared[-1]], ctx)
        if value is None:
            return ctx.year
    year = value.year_end or value.year or ctx.year
    text = text_of(doc)
    since = _SINCE.match(text, date_span.end_char) or (
        text.endswith(("自", "从"), 0, date_span.start_char) and _SINCE_AFTER_WORDS.match(text, date_span.end_char)
    )
    if since and ctx.year and (value.year or year) <= ctx.year:
        return ctx.year  # 2016年以来, “十四五”以来, 自2022年12月运行以来 … : a running total, counted up to the report's year
    first_years = _FIRST_YEARS_OF_A_PERIOD.match(text, date_span.end_char) if value.year_end else None
    if first_years is not None and (n := parse_number(first_years.group(1))) is not None and value.year + n - 1 < year:
        return value.year + int(n) - 1  # “十四五”前两年，全市累计…: up to 2022
    return year


# “十四五”前两年, 2021—2025年头三年: the first years of a period, counted from its start
_FIRST_YEARS_OF_A_PERIOD = re.compile(r"[”\"’]?(?:前|头)([两二三四])年")


# the last month of a yearless part of a year (一季度, 上半年), which parse_date leaves unread
_MONTH_A_PERIOD_ENDS = {"一季度": 3, "上半年": 6, "二季度": 6, "前三季度": 9, "三季度": 9}


def _year_named_before(doc: Doc, date_span: Span, ctx: _Context) -> int | None:
    """当年/同年 (2023年试点启动当年, …；同年…): the year of the last date before it in the paragraph that dates
    the text (no comparison base), else the section's or the report's."""
    ents = list(doc.ents)
    for k in reversed(_dates_before(doc, ents, date_span.start_char)):
        value = parse_date(ents[k].text)
        value = value.resolve(ctx.said_in) if value is not None else None
        if value is not None and value.year is not None:
            return value.year_end or value.year
    return ctx.year


def _outside_entities(doc: Doc, ents: list[Span], start: int, end: int) -> str:
    """The text between two offsets with entity spans blanked out (全国 in 居全国第六位 is a rank scope)."""
    chars = list(text_of(doc)[start:end])
    for ent in ents:
        for k in range(max(ent.start_char, start), min(ent.end_char, end)):
            chars[k - start] = " "
    return "".join(chars)


def _region(doc: Doc, links: _Links, i: int, ctx: _Context, target: int | None = None) -> dict | None:
    """The region of entity ``i``: ``target`` if given, else its REGION_OF link, else the nearest
    region before it in its sentence, else the subject's deictic word or the section's region."""
    ents = links.ents
    given = target is not None  # an item of a list over places (…、片口乡等…分别为), whatever the list ends with
    if target is None:
        target = links.child(i, "REGION_OF")
        if target is not None and ents[target].start_char >= _sentence(doc, ents[i].start_char, ents[i].end_char, _FULL_STOP)[1]:
            target = None  # a link into a later sentence (…设立分支机构23家。黔南州、安顺市获批…) is the model's slip
    if target is not None and _place(doc, ents[target], ctx.region) is None:
        target = None  # a word the model took for a place's name (黄连产业综合产值: 黄连, a herb)
    nearest = target is None
    if nearest:
        target = _nearest(ents, i, "REGION", doc, keep=lambda k: _place(doc, ents[k], ctx.region) is not None
                          and not _town_where_each_is(doc, ents[k], ents[i]))
        # a region named earlier in the sentence governs only when no deictic subject stands in between
        # (杭州市…占全省的比重达到47.3%，每万人口…拥有量达到38.62件 is still 杭州市's),
        # nor a clause about a zone (和平镇…，长兴经济技术开发区实现专利权质押融资3.6亿元)
        # nor one that begins an event's name (在郑州全国商品交易会…期间，派驻执法人员120人次)
        # nor the whole a share is of (…，占佛山全市的45.2%，质押项目186项)
        if target is not None and (
            _deictic_of_another(doc, ents, ents[target].end_char, ents[i].start_char,
                                _place(doc, ents[target], ctx.region), ctx)
            or _begins_an_event_name(doc, ents[target])
            or _begins_a_listed_name(doc, ents, ents[target])
            or _ZONE_CLAUSE.search(text_of(doc), ents[target].end_char, ents[i].start_char)
            or _is_share_base(doc, ents[target])
            or _ends_a_list_of_bodies(doc, ents, target)
        ):
            target = None
    if target is not None and (town := _town_of_its_own_clause(doc, ents[target], ents[i])) is not None:
        return town.to_json()  # 在仑苍镇实施…1个，在水头镇建设…1个: the town of the figure's own clause, not the one before
    if target is not None and ((_ends_a_list_with_etc(doc, ents[target]) and not given) or _scope_of_an_honour(doc, ents, target, i, ctx)
                               or _CIRCLE_OF_CITIES.match(text_of(doc), ents[target].end_char)
                               or (not given and _ends_a_list_of_places(doc, ents, target, ctx.region))
                               or _is_compared_with(doc, ents[target]) or _partner_or_origin(doc, ents[target], ents[i], ctx)
                               or (not given and _STARTS_AN_AWARD_NAME.match(text_of(doc), ents[target].end_char))):
        # linked or not: 在株洲高新区、醴陵市等地设立专利工作站5个; 浙江省著名商标累计达到463件; 在江苏省专利奖评选中获金奖2项;
        # the last of a list of places, whose figure is theirs together (在郑州市、洛阳市开展…试点，首批托管企业126家)
        target = None
    if target is not None and not nearest:
        # linked across a clause whose subject is a deictic word for another level: 吉首市、龙山县先后被确定为…，
        # 全州…示范企业达到9家 (but 儋州市依托…，全市专利授权量1126件 is 儋州市's), or the report's word for itself
        # and another place (佳木斯市现有…26个，我市占佳木斯市总数的23.1% in 抚远市's report)
        clause, _ = _sentence(doc, ents[i].start_char, ents[i].end_char, _CLAUSE_END)
        word = _subject_deictic(doc, ents, clause, ents[i].start_char) if ents[target].end_char <= clause else None
        linked = _place(doc, ents[target], ctx.region) if word else None
        if word and linked is not None and (not linked.name.endswith(word[-1])
                                            or (word[0] in "我本" and not _within_report(linked, ctx))):
            target = None
    part = _part_subject(doc, ents, i, ctx)
    if part is not None and _deictic_of_another(doc, ents, part[1], ents[i].start_char, part[0], ctx):
        part = None
    if part is not None and (target is None or ents[target].end_char <= part[1]):
        return part[0].to_json()
    if target is not None:
        region = _last_of_chain(doc, ents, target, _place(doc, ents[target], ctx.region))
        if region is not None and not _within_report(region, ctx):
            # a region above the report's is the scope of an honour (认定德阳市创新型企业35家 in a
            # county's report) unless its full name opens the sentence (浙江省全年专利授权量39.2万件，
            # 发明专利授权4.99万件; a short name begins a company's: 浙江三花股份有限公司全年…, and so may a
            # full one: 深圳市优必选科技股份有限公司（UBTECH）…全年申请专利1126件), and a
            # neighbour governs no later clause (与广州、东莞、惠州等市建立…，全年联合办理跨区域案件63件),
            # unless it opens its sentence as the subject (四川省有效发明专利拥有量8.93万件，…，每万人口发明专利拥有量
            # 10.67件) or the relation model links them; a linked region above the report's governs a later
            # clause only when it opens its sentence or ；-part (我市获批云南省…试点县，获得省级专项资金50万元
            # is the city's; …；佛山有效发明专利3.68万件，每万人口发明专利拥有量38.3件 is 佛山市's)
            above = is_inside(ctx.region, region)
            if nearest:
                s, _ = _sentence(doc, ents[target].start_char, ents[target].end_char, _FULL_STOP)
                part_start, _ = _sentence(doc, ents[target].start_char, ents[target].end_char)
                # in full or by a short name with its level's word (同期，黔东南州专利授权量2320件，…，发明专利授权量187件), not by a
                # bare short name, which may begin a company's (浙江三花股份有限公司); opening its sentence or a ；-part of it
                # that the figure is in (…；黑河市共有地理标志保护产品7个，核准用标企业57家)
                named_first = (ents[target].text == region.name or _LEVEL_WORD_AT_END.search(ents[target].text)) \
                    and (_SENTENCE_LEAD.fullmatch(text_of(doc), s, ents[target].start_char)
                         or (_SENTENCE_LEAD.fullmatch(text_of(doc), part_start, ents[target].start_char)
                             and not _SENTENCE_END.search(text_of(doc), ents[target].end_char, ents[i].start_char)))
                opens = named_first and _begins_a_clause_of_its_own(doc, ents, target)
                # a neighbour's own public body opening the sentence (澳门特别行政区科学技术发展基金全年资助…，资助金额约2.46亿澳门元)
                its_body = not above and named_first and _NEIGHBOURS_BODY.match(text_of(doc), ents[target].end_char) is not None
                drop = not opens and not its_body \
                    and (above or _CLAUSE_END.search(text_of(doc), ents[target].end_char, ents[i].start_char))
            else:  # a list's 、 is no clause: 天津市专利授权量9.14万件、发明专利授权1.17万件
                s, _ = _sentence(doc, ents[target].start_char, ents[target].end_char)
                drop = above and _CLAUSE_BREAK.search(text_of(doc), ents[target].end_char, ents[i].start_char) \
                    and not _SENTENCE_LEAD.fullmatch(text_of(doc), s, ents[target].start_char)
            if drop:  # …江阴市人民检察院办理的…案入选江苏省…典型案例，该院…14件: the part's subject, if any
                region = part[0] if part is not None else None
        if region is not None:
            return region.to_json()
    if ents[i].label_ == "INDICATOR" and ctx.region is not None:
        # 龙岗区发明专利授权 tagged as one indicator: a part of the report's region leading it is its
        # subject (a region above it is the scope of an honour: 四川省著名商标 in a city's report)
        named = find_region_spans(ents[i].text, within=ctx.region)
        if named and named[0][0] == 0 and is_inside(named[0][2], ctx.region):
            return named[0][2].to_json()
    s, _ = _sentence(doc, ents[i].start_char, ents[i].end_char)
    # 我州专利申请量 begins with its subject; 全国中小学知识产权教育示范学校, an honour, with its scope
    leading = _LEADING_DEICTIC.match(ents[i].text) if ents[i].label_ == "INDICATOR" and not _HONOUR.search(ents[i].text) else None
    subject = _subject_deictic_match(doc, ents, s, ents[i].start_char) if leading is None else None
    word = (subject.group(1) if subject else None) if leading is None else leading.group(1)
    if word is None and target is None:
        opening = _opening_region(doc, ents, i, ctx) or _world_opening(doc, s, ents[i])
        if opening is not None:
            return opening.to_json()
        word = _opening_deictic(doc, s) or _deictic_of_the_whole(doc, ents, s)
    if subject is not None and target is None:
        # 嘉积镇集聚了全市半数以上的专利授权量，全镇有效注册商标5218件，…，全年新增注册商标1107件: a town spoken of after the
        # whole, which was its figure's base
        if (town := _town_pointed_to(doc, ents, s + subject.end(), ents[i].end_char, ctx)) is not None:
            return town.to_json()
    if word is not None and target is None:
        named = _named_before_for_deictic(doc, ents, word, s, ctx)
        if named is not None:
            return named.to_json()
    if target is None and (word is None or _TOWN_POINTED_BACK.fullmatch(word)) and (town := _paragraphs_town(doc, ents, s, ctx)):
        return town.to_json()
    if target is None and word is None and (
            town := _town_of_the_speaker(doc, ents[i])
            or _town_pointed_to(doc, ents, s, ents[i].end_char, ctx) or _town_of_an_event(doc, s, ents[i].end_char)
            or _town_of_its_office(doc, s, ctx) or _town_opening_the_parts_before(doc, ents, i, ctx)
            or _town_of_a_quoted_product(doc, ents[i], ctx)):
        return town.to_json()
    return _deictic_region(word, ctx)


# 该街道把…, 该镇依托…: a sentence pointing back to the town its paragraph opened with
_TOWN_POINTED_BACK = re.compile(r"该(?:镇|乡|街道)")


def _town_where_each_is(doc: Doc, town: Span, figure: Span) -> bool:
    """在唐古拉山镇、乌图美仁乡各建1个…指导站，…，并计划全年培训…1000人次: towns where each thing was done have the figure after
    各 in their clause, not those of later clauses."""
    text = text_of(doc)
    return bool(_PLACE_BEFORE_TOWNS.search(text, 0, town.start_char)) and town_region(town.text) is not None \
        and _CLAUSE_BREAK.search(text, town.end_char, figure.start_char) is not None


def _paragraphs_town(doc: Doc, ents: list[Span], s: int, ctx: _Context) -> Region | None:
    """明光街道考核得分96.5分，…。该街道把…。全年专利授权312件…: a paragraph whose first sentence opens with a town and whose
    later sentences point back to it (该街道, 该镇) is about that town, and a later sentence naming no place of its own is the
    town's."""
    text = text_of(doc)
    _, first_end = _sentence(doc, 0, 0, _FULL_STOP)
    if s < first_end:
        return None
    opening = _SENTENCE_LEAD.match(text, 0).end()
    if _TOWN_POINTED_BACK.search(text, first_end, s + 4):  # the back reference in a sentence after the first, up to the figure's own
        first = next((e for e in ents if e.label_ == "REGION" and e.start_char == opening), None)
        town = _place(doc, first, ctx.region) if first is not None else None
        return town if town is not None and town.code is None and town_region(town.name) is not None else None
    # 在党峪镇工业园区，河北恒拓重工装备有限公司的生产车间里，…。2024年，该公司新获授权发明专利9件: a paragraph set in a town by
    # its first clause, or naming a company that lies in one (位于双台镇的…果业有限公司是…。…该公司…), about a company its later
    # sentences point back to
    _, end = _sentence(doc, s, s, _FULL_STOP)
    if not _COMPANY_POINTED_BACK.search(text, s, end):
        return None
    set_in = _SET_IN_A_TOWN.match(text, opening)
    located = [m.group("town") for m in _COMPANY_LOCATED_IN_A_TOWN.finditer(text, 0, s)]
    if located:
        return town_region(located[-1])
    return town_region(set_in.group("town")) if set_in is not None and set_in.group("seat") is None else None


# 位于双台镇的盖州市鑫果源果业有限公司: a company the text places in a town
_COMPANY_LOCATED_IN_A_TOWN = re.compile(r"(?:位于|地处|坐落在|落户)(?P<town>" + TOWN_NAME.pattern + r")的[^，。；]{2,30}?(?:公司|企业|合作社)")


# 该公司, 企业, 公司: the company a paragraph is about, pointed back to
_COMPANY_POINTED_BACK = re.compile(r"(?:该|这家|这个)?(?:公司|企业)(?![\u4e00-\u9fff]{0,2}[家个])")


# 全镇, 镇内, 镇里, 镇上, 镇属, 全乡, 乡里, 该镇, 全苏木: a town spoken of without its name (not 全乡镇, 全镇街, 城镇内, 乡镇内, 全苏木镇)
_TOWN_DEICTIC = re.compile(r"[全该](?:镇(?!街)|乡(?!镇)|街道|团(?![队体结])|" + SUMU_WORD + r")|(?<![城乡村])镇[内里上属]|(?<![城镇村])乡里(?!乡)")
_TOWN_KINDS = ("街道", "苏木", "镇", "乡", "团")


def _town_pointed_to(doc: Doc, ents: list[Span], start: int, end: int, ctx: _Context) -> Region | None:
    """彭场镇是…核心区。全镇无纺布企业拥有有效专利1104件; 在山下湖镇设立…工作站，…，全年镇内珍珠企业获得…437件; 旺隆镇是我市
    红心柚主产区…¶2024年，全镇红心柚种植面积1.15万亩: a town spoken of without its name in a figure's sentence is the last
    of its kind (全乡 a 乡, 全镇 a 镇) its paragraph named before, tagged or opening a sentence, the longer name where two end
    together (郭勒木德镇, not 勒木德镇), else the one an earlier paragraph of its part opened on."""
    text = text_of(doc)
    m = _TOWN_DEICTIC.search(text, start, end)
    if m is None:
        return None
    kind = next(kind for kind in _TOWN_KINDS if kind in m.group())
    named = [(e.end_char, -e.start_char, place) for e in ents if e.label_ == "REGION" and e.end_char <= m.start()
             and (place := _place(doc, e, ctx.region)) is not None and place.code is None and town_region(place.name) is not None
             and not _is_compared_with(doc, e)]  # not 居全县各乡镇第二位（仅次于灰山港镇）
    for opening in (0, *_break_ends(text, _FULL_STOP)):
        at = _SENTENCE_LEAD.match(text, opening).end() if opening < m.start() else None
        if at is not None and (town := town_named_at(text, at)) is not None and town[0] <= m.start():
            named.append((town[0], -at, town[1]))
    # named where the model tagged nothing, after a word of where (“金田淮山”主产于金田镇，全镇…; 便到了八宝镇), by the shortest of
    # the names the stems give that end together (金田镇, not 于金田镇); a longer one the model tagged still wins (沙子坡乡)
    untagged: dict[int, Region] = {}
    for town in sorted(ctx.towns_named.values(), key=lambda town: len(town.name)):
        found = [f.end() for f in re.compile(r"(?<=[于在至到了])" + re.escape(town.name)).finditer(text, 0, m.start())
                 if not _AFTER_A_COMPARISON.search(text, max(0, f.start() - 3), f.start())]  # not 仅次于灰山港镇
        if found:
            untagged.setdefault(found[-1], town)
    named += [(end, len(town.name) - end, town) for end, town in untagged.items()]
    named = [(at, length, place) for at, length, place in named if place.name.endswith(kind)]
    if named:
        return Region(max(named, key=lambda n: n[:2])[2].name, None, m.group())
    before = ctx.town_before
    return Region(before.name, None, m.group()) if before is not None and before.name.endswith(kind) else None


# 在穰东镇开展服装商标侵权专项整治，收缴…1.8万余件; 我局在流沙东街道设立的…工作站，全年受理…230余宗; 针对…问题，联合…部门在丁蜀镇
# 开展…整治，检查…1860余户次; 全年在塘下镇检查…1,436家次; 我局在飞云街道试点开展…; …工作站在燕郊镇揭牌运行，7个多月来共受理…26件:
# a sentence opening on what was done in a town (after its doer, or a clause of what it was for), or where a body was set
# up, or a later clause of it counting what was done there (我局以…为主体，
# 对辖区…实施网格化巡查，全年在飞云街道检查经营主体2,064家次，立案查处…18件; not …，在青城山镇新建…示范街区，全年查处…70件),
# whose figures are that town's, as are those after a clause of what was done in one of them (…，其中在江平镇举办…培训班，培训96人)
_EVENT_IN_A_TOWN = re.compile(
    r"\s*(?:(?:针对|为了?|围绕)[^，。；]{1,30}[，,])?[^，。；在]{0,16}?在(?P<town>" + TOWN_NAME.pattern + r")"
    r"(?:[一某][家个处座村][^，。；]{1,10}?|(?:(?!等)[\u4e00-\u9fff]){0,4}?)"
    r"(?:开展|举办|设立|建立|建成|建设|实施|组织|召开|新建|再建|建|增设|设置|检查|查处|查获|查扣|扣押|揭牌|挂牌|落户|启用|捣毁|破获|端掉)")
_COUNT_IN_THE_CLAUSE = re.compile(r"[^，,；;。]*?\d")
# 在寅阳镇，针对…问题，…开展…行动，去年检查…42个 (or 在光明山镇蓝莓交易市场，…): a sentence set in a town, or a place of it, by a
# clause of its own; 设在戴南镇的…工作站，上半年受理…136件次: a body set up in a town, the subject of its sentence
_SET_IN_A_TOWN = re.compile(r"\s*(?:在|(?P<seat>设在|位于))(?P<town>" + TOWN_NAME.pattern + r")"
                            r"(?(seat)的|(?:[\u4e00-\u9fff]{0,8}?(?:市场|园区|景区|码头|基地))?[，,])")


def _town_of_its_own_clause(doc: Doc, place: Span, figure: Span) -> Region | None:
    """The town where what a clause after ``place``'s counts was done (…，在水头镇建设…中心1个)."""
    clause, _ = _sentence(doc, figure.start_char, figure.end_char, _CLAUSE_BREAK)
    m = _EVENT_IN_A_TOWN.match(text_of(doc), clause, figure.start_char) if place.end_char <= clause else None
    return town_region(m.group("town")) if m else None


def _town_of_an_event(doc: Doc, start: int, figure: int) -> Region | None:
    text = text_of(doc)
    openings = [start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, start, figure)]
    m = _SET_IN_A_TOWN.match(text, _SENTENCE_LEAD.match(text, start).end(), figure) or next(
        (m for at in reversed(openings) if (m := _EVENT_IN_A_TOWN.match(text, at, figure))
         and (at == start or _SENTENCE_LEAD.fullmatch(text, start, at) or text.startswith("其中", at)
              or _COUNT_IN_THE_CLAUSE.match(text, m.end()))), None)
    return town_region(m.group("town")) if m else None


def _town_opening_the_parts_before(doc: Doc, ents: list[Span], i: int, ctx: _Context) -> Region | None:
    """2021年，全镇专利授权167件…；有效注册商标1260件: a town spoken of without its name as the subject its sentence opens
    with is the subject of the ；-parts after it too."""
    text = text_of(doc)
    begin, _ = _sentence(doc, ents[i].start_char, ents[i].end_char, _FULL_STOP)
    opening = _SENTENCE_LEAD.match(text, begin).end()
    return _town_pointed_to(doc, ents, opening, ents[i].end_char, ctx) if _TOWN_DEICTIC.match(text, opening) else None


# 新增授权使用“黄桥烧饼”地理标志证明商标的经营主体27家, 已有26家企业获准使用“泗纶蒸笼”地理标志专用标志: the mark of a product
# named after a town that a clause counts the users or uses of
_QUOTED_PRODUCTS_MARK = re.compile(r"(?:“[\u4e00-\u9fff]{3,10}”[、和及与]?)+(?=地理标志|证明商标|集体商标|专用标志)")


def _town_of_a_quoted_product(doc: Doc, figure: Span, ctx: _Context) -> Region | None:
    """The town the text names whose stem opens the quoted product whose mark the figure's clause is about, or whose mark
    opens its sentence (“海头地瓜”地理标志证明商标用标主体22家…；通过电商渠道销售的比例由上年的21%提高到34%)."""
    begin, end = _sentence(doc, figure.start_char, figure.end_char, _CLAUSE_BREAK)
    s, _ = _sentence(doc, figure.start_char, figure.end_char, _FULL_STOP)
    if not _QUOTED_PRODUCTS_MARK.search(text_of(doc), begin, end) and _QUOTED_PRODUCTS_MARK.match(text_of(doc), _SENTENCE_LEAD.match(text_of(doc), s).end()):
        begin, end = s, _sentence(doc, s, s, _CLAUSE_BREAK)[1]
    towns = ctx.towns | ctx.towns_named
    own = ctx.region.name[:-1] if ctx.region is not None and len(ctx.region.name) > 2 else None
    names = [name for m in _QUOTED_PRODUCTS_MARK.finditer(text_of(doc), begin, end) for name in _QUOTED_NAME.findall(m.group())]
    found = [next((town for stem, town in towns.items() if name.startswith(stem)), None) for name in names]
    # one town's products only, not 辛集皮革 of 辛集市 (where 辛集镇 is a town too) nor “介休贯馅糖”“绵山蜂蜜”
    if not names or None in found or len({town.name for town in found}) > 1 or (own and any(n.startswith(own) for n in names)):
        return None
    return Region(found[0].name, None, names[0])


# “今年，镇里将力争…突破520件。”那大镇相关负责人表示 (the quotation marks dropped by then): the town whose official said
# the sentence before
_TOWNS_SPEAKER = re.compile(r"[。！!”\s]*(?P<town>" + TOWN_NAME.pattern + r")[^，。“”]{0,12}?(?:表示|说|介绍|坦言|告诉记者)[。！!]")


def _town_of_the_speaker(doc: Doc, figure: Span) -> Region | None:
    _, end = _sentence(doc, figure.start_char, figure.end_char, _FULL_STOP)
    m = _TOWNS_SPEAKER.match(text_of(doc), end)
    return town_region(m.group("town")) if m else None


# 戴南市场监管分局查办…案件5件, 仑苍市场监管所…: a town's own office, named by the town's stem, as its sentence's subject
_TOWNS_OFFICE = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,3}?)(?:市场监督管理|市场监管|工商)(?:分局|所)")


def _town_of_its_office(doc: Doc, start: int, ctx: _Context) -> Region | None:
    """The town whose market-supervision office opens the sentence at ``start``, where the document names the town."""
    text = text_of(doc)
    m = _TOWNS_OFFICE.match(text, _SENTENCE_LEAD.match(text, start).end())
    town = ctx.towns_named.get(m.group("stem")) if m else None
    return Region(town.name, None, m.group("stem")) if town is not None else None


def _named_before_for_deictic(doc: Doc, ents: list[Span], word: str, start: int, ctx: _Context) -> Region | None:
    """全区 in a city's report, in a paragraph that named a district in an earlier sentence (a district
    head answering at a press conference: 历下区是济南的中心城区…。2023年，全区专利授权量6214件): the last
    region of that level named before, when it lies in the report's region; 该市 points back to one whatever the
    report's level (江阴市全年专利授权量9842件…；该市…建成…联盟5个 in 无锡市's report)."""
    if ctx.region is None or (ctx.region.name.endswith(word[-1]) and not word.startswith("该")) or is_deictic_region(word) == "country":
        return None
    for e in reversed([e for e in ents if e.label_ == "REGION" and e.end_char <= start]):
        region = _place(doc, e, ctx.region)
        if region is not None and region.name.endswith(word[-1]) and region.code != ctx.region.code \
                and is_inside(region, ctx.region):
            return Region(region.name, region.code, word)
    return None


def _last_of_chain(doc: Doc, ents: list[Span], k: int, region: Region | None) -> Region | None:
    """长沙市岳麓区, two regions tagged one after the other, or a zone named after the first with the
    second in brackets (乌鲁木齐高新区（新市区）): the figure is the last and most specific one's, whichever of
    the two the relation model linked."""
    text = text_of(doc)
    while region is not None:
        # the next region, wherever it stands among the spans (a town found after the model ran is appended)
        k_next = next((j for j, e in enumerate(ents) if e.label_ == "REGION" and (e.start_char == ents[k].end_char or (
            ents[k].end_char < e.start_char and ZONE_BEFORE_ITS_DISTRICT.fullmatch(text, ents[k].end_char, e.start_char)))), None)
        inner = _place(doc, ents[k_next], region) if k_next is not None else None
        if inner is None or not (is_inside(inner, region) or inner.code is None and ents[k_next].kb_id_ != _FOREIGN):  # 南海区九江镇: a town
            break
        k, region = k_next, inner
    return region


def _opening_region(doc: Doc, ents: list[Span], i: int, ctx: _Context) -> Region | None:
    """The region a full sentence opens with, the subject of each of its ；-parts that names none
    (三亚市依托…，发明专利授权量达到586件；植物新品种权申请量236件) when it is the only region
    before the figure, and not a neighbour nor the country; the province or prefecture above only as the subject of figures."""
    s, _ = _sentence(doc, ents[i].start_char, ents[i].end_char, _FULL_STOP)
    # by offset: towns found after the model ran are appended to the spans
    before = sorted((k for k, e in enumerate(ents) if s <= e.start_char < ents[i].start_char), key=lambda k: ents[k].start_char)
    before = before[1:] if before and ents[before[0]].label_ == "DATE" else before  # 2020年，昌吉州专利申请量…；专利授权量…
    if not before or ents[first := before[0]].label_ != "REGION" or not _SENTENCE_LEAD.fullmatch(text_of(doc)[s : ents[first].start_char]):
        return None
    if any(ents[k].label_ == "REGION" for k in before[1:]) or _ZONE_CLAUSE.search(text_of(doc), ents[first].end_char, ents[i].start_char):
        return None  # 郑州市通过…评定，洛阳市、新乡市…推进；全年新确定…试点县8个: several subjects (…；钒钛高新区…: a zone's part)
    if _ends_a_list_with_etc(doc, ents[first]) or _begins_an_event_name(doc, ents[first]) \
            or _CIRCLE_OF_CITIES.match(text_of(doc), ents[first].end_char):
        return None
    region = _place(doc, ents[first], ctx.region)
    if region is None:
        return None
    if ctx.region is None or not is_inside(ctx.region, region):
        return region if _within_report(region, ctx) else None
    # 2024年，阿里地区专利授权58件…；有效注册商标3533件 in 札达县's report: a region above the report's, as the subject of its
    # figures (not 深圳市5G产业技术研究院有限公司…, a name it opens, nor the country's honours: 中国驰名商标)
    above = region.code != NATIONAL_CODE and _AFTER_A_SUBJECT.match(text_of(doc), ents[first].end_char) is not None
    return region if above else None


# 2013—2021年，全球电线电缆领域专利年申请量…, 2022年全球申请量为…: a sentence or ；-part opening on the whole world, after its date
_WORLD_OPENING = re.compile(r"(?:(?:19|20)\d{2}(?:[—―–\-至](?:19|20)\d{2})?年[，,]?)?(?:" + "|".join(WORLD_WORDS) + ")")


def _world_opening(doc: Doc, part: int, figure: Span) -> Region | None:
    """The whole world a patent landscape's sentence (or ；-part) opens on, its figures no region's; not the world spoken of
    inside a clause (调整全球研发布局, 在全球70余个国家注册, 我国全球创新指数得分)."""
    lead = _SENTENCE_LEAD.match(text_of(doc), part).end()
    m = _WORLD_OPENING.match(text_of(doc), lead)
    return Region(WORLD, None, m.group()) if m is not None and m.end() <= figure.start_char else None


# 其中，: a sentence opening on the part of a whole the sentence before it counted
_PART_OF_THE_WHOLE = re.compile(r"\s*其中[，,]")


def _deictic_of_the_whole(doc: Doc, ents: list[Span], s: int) -> str | None:
    """1至10月，全市…专利授权量13208件…，居全省第二位。其中，发明专利授权516件: the last deictic subject of the sentence before
    (not a comparison's base nor a rank's scope; 同期，全省…，我市增速明显高于全省 ends on 我市), the whole a sentence opening on
    其中 counts a part of (a city's figures, quoted in a county's news)."""
    text = text_of(doc)
    if not _PART_OF_THE_WHOLE.match(text, s) or s < 2 or text[s - 1] not in "。！？":
        return None
    _, end = _sentence(doc, s, s, _FULL_STOP)
    if any(e.label_ == "REGION" and s <= e.start_char < end for e in ents) or _TOWN_SUFFIX.search(text, s, end):
        return None  # 其中，位于洪广镇的…公司累计注册商标46件: a part the sentence places itself
    before, _ = _sentence(doc, s - 2, s - 1, _FULL_STOP)
    return _subject_deictic(doc, ents, before, s)


def _opening_deictic(doc: Doc, part: int) -> str | None:
    """The deictic word a full sentence opens with, the subject of its later ；-part starting at ``part``
    (全县陶瓷类有效注册商标超过1.2万件；获准使用…的企业累计达到152家)."""
    s, _ = _sentence(doc, part, part, _FULL_STOP)
    lead = _SENTENCE_LEAD.match(text_of(doc), s).end()
    m = _SUBJECT_DEICTIC.match(text_of(doc), lead) if s < part else None
    return m.group(1) if m and not _NAME_AFTER_A_DEICTIC.match(text_of(doc), m.end()) \
        and not _system_used(text_of(doc), m.start(), m.end()) else None


_CUSTOMS_HOUSE = re.compile(r"[\u4e00-\u9fff]{2,8}?海关")


def _customs_region(name: str, ctx: _Context) -> Region | None:
    """北仑海关查扣…: a customs house named after a county serves that county alone (成都海关, after a city,
    serves the province)."""
    named = place_a_name_begins_with(name, ctx.region)
    return named[2] if named is not None and named[2].code and not named[2].code.endswith("00") else None


# what a product named after a place (浮梁茶, 桦甸黄芪, “涪陵榨菜”, 雅江松茸年交易量, “大英井盐”系列产品, “若羌红枣”上半年线上销售额)
# is measured by, right after its name, the topic it opens (荔浦芋方面，今年种植面积…) or the honour it won (“闻喜煮饼”入选…名录，
# 年销售额达4.6亿元; “仁和红糖”于2024年获准注册为地理标志证明商标，带动…)
_PRODUCT_FIGURE = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:”[\u4e00-\u9fff]{0,6}?)?(?:于(?:19|20)\d{2}年(?:\d{1,2}月)?)?(?=地理标志|专用标志|用标|(?:综合|年)?产值|(?:核心|主)?(?:产区)?(?:种植|养殖|在地)?面积"
    r"|年?(?:产量|加工|交易量|交易额|销售额|销售收入|出口额|销量|存栏|出栏)|(?:区域(?:公用)?)?品牌|全?产业|出口创汇|(?:授权|获准)使用|集体商标|证明商标|方面[，,]"
    r"|入选|荣获|获评|获批|被(?:认定|评为|列为|列入|纳入)|成功(?:注册|获批)|获准注册|列入|纳入)"
)


# the aim and the year before a product's name (经第三方机构评估，2024年“象州砂糖桔”品牌价值达32.6亿元, 当年拿山黄桃种植面积…,
# 力争“淮阳黄花菜”全产业链产值达到18亿元)
_YEAR_BEFORE_A_PRODUCT = re.compile(r"(?:力争|争取|确保)?(?:到?(?:19|20)\d{2}年度?|当年|全年|今年)?")


def _product_of_a_place(doc: Doc, start: int, ctx: _Context, own: bool = False) -> tuple[Region, int] | None:
    """A product named after a place below the report's region (or, with ``own``, after that region itself), quoted or
    opening a sentence or a clause, after the year the clause may open with (浮梁茶地理标志产品专用标志使用企业32家,
    桦甸黄芪种植面积达到5.2万亩, 2024年“象州砂糖桔”品牌价值…): its figures are that place's (GUIDELINES.md), with the offset
    where the product's name ends; a town a table of the report lists is such a place too, named by its stem (“拿山黄桃” of
    拿山镇), and any town the report names (“胜芳玻璃家具” of 胜芳镇, 敬信大米种植面积 of 敬信镇); a town after its county's name
    (慈溪市观海卫镇入选…) is no product."""
    text = text_of(doc)
    start = _YEAR_BEFORE_A_PRODUCT.match(text, start).end()
    quoted = text.startswith("“", start)
    begins = place_a_name_begins_with(text[start + quoted : start + quoted + 12], ctx.region) or next(
        ((0, len(stem), town) for stem, town in (ctx.towns | ctx.towns_named).items() if text.startswith(stem, start + quoted)), None)
    if begins is None or begins[0] != 0 or ctx.region is None or TOWN_NAME.match(text, start + quoted + begins[1]) \
            or (begins[2].code is not None and not is_inside(begins[2], ctx.region) and not (own and begins[2].code == ctx.region.code)):
        return None
    product = _PRODUCT_FIGURE.match(text, start + quoted + begins[1])
    stem = text[start : start + begins[1]]
    if product is not None and not quoted and begins[2].code is None and stem not in ctx.towns \
            and (product.end() - start - begins[1] > _UNQUOTED_PRODUCT_MAX or not _names_a_town_unquoted(stem, ctx)):
        return None  # 敬信大米种植面积, not 全年实现白酒产值 (实现镇（街道）全覆盖) nor 回郭镇将力争今年全镇铝加工…
    return (begins[2], product.end()) if product is not None else None


# the characters an unquoted product's name may have after the stem of a town the text names (敬信|大米)
_UNQUOTED_PRODUCT_MAX = 4


def _names_a_town_unquoted(stem: str, ctx: _Context) -> bool:
    """敬信 of 敬信镇, as an unquoted product's name opens with it; not a stem the text's towns overreach to (在彭场 of
    在彭场镇设立…, where 彭场 is the stem) nor one that reads as a verb or a particle (实现 of 实现镇（街道）全覆盖)."""
    return stem[1:] not in ctx.towns_named and not any(
        flag[0] in "pcud" or (flag[0] == "v" and len(word) > 1) for word, flag, _ in placed_words(stem))


_CLAUSE_BEFORE_A_PART = re.compile(r"[，,；;]")


def _part_subject(doc: Doc, ents: list[Span], i: int, ctx: _Context) -> tuple[Region, int] | None:
    """The region a sentence, a ；-part or a 其中 clause opens with, as the subject of its figures
    (…；宝鸡围绕钛及钛合金…，有效发明专利达到2146件), whatever region the relation model linked from another
    part, with the offset where the name ends. A name the model left untagged (龙山围绕百合…, 互助县依托…)
    counts when a verb that opens a clause follows it, and so does the region whose court, police, office
    or university opens the sentence (成都市中级人民法院全年新收…, 太原理工大学发明专利授权486件); none counts
    that lists places (吉首市、龙山县…, 苏锡常…) or is not inside the report's region."""
    s, _ = _sentence(doc, ents[i].start_char, ents[i].end_char)
    clause, _ = _sentence(doc, ents[i].start_char, ents[i].end_char, _CLAUSE_END)
    if clause > s and text_of(doc).startswith("其中", clause):  # …，其中沈阳市中级人民法院受理…97件: the part's own subject
        found = _subject_opening(doc, ents, clause, ctx)
        if found is not None:
            return found
    # …持续扩大，“斗门白蕉海鲈”地理标志证明商标品牌价值…，2023年带动全产业链产值…; …16.8亿元，万源富硒茶综合产值突破28亿元:
    # a product opening a later clause is the subject of the rest of the sentence, the report's own region's too (力争香格里拉
    # 松茸交易额…，“迪庆牦牛”区域公用品牌授权使用企业达到30家)
    for part in reversed([m.end() for m in _CLAUSE_BEFORE_A_PART.finditer(text_of(doc), s, ents[i].start_char)]):
        if (found := _product_of_a_place(doc, part, ctx, own=True)) is not None:
            return (ctx.region, found[1]) if found[0].code == ctx.region.code else found
    found = _subject_opening(doc, ents, s, ctx)
    if found is not None and _LOCATED_IN.match(text_of(doc), _SENTENCE_LEAD.match(text_of(doc), s).end()) \
            and _CLAUSE_BREAK.search(text_of(doc), found[1], ents[i].start_char):
        return None  # 位于乐清的正泰集团…236件，德力西电气…46件: the place of the first clause's subject alone
    return found


def _subject_opening(doc: Doc, ents: list[Span], s: int, ctx: _Context) -> tuple[Region, int] | None:
    """The region the text from ``s`` opens with (:func:`_part_subject`)."""
    text = text_of(doc)
    start = _SENTENCE_LEAD.match(text, s).end()
    k = next((k for k, e in enumerate(ents) if e.start_char == start), None)
    if (located := _LOCATED_IN.match(text, start)) is not None:  # 位于乐清的正泰集团全年…: the place its subject lies in
        begins = place_a_name_begins_with(text[located.end() : located.end() + 12], ctx.region)
        if begins is None or begins[0] != 0 or not text.startswith("的", located.end() + begins[1]):
            return None
        region, end = begins[2], located.end() + begins[1]
    elif k is not None and ents[k].label_ == "REGION" and not _CIRCLE_OF_CITIES.match(text, ents[k].end_char):
        region = _last_of_chain(doc, ents, k, _place(doc, ents[k], ctx.region))  # 长沙市岳麓区
        first = k
        while k + 1 < len(ents) and ents[k + 1].label_ == "REGION" and ents[k + 1].start_char == ents[k].end_char:
            k += 1
        if k > first and all(len(ents[j].text) == 1 for j in range(first, k + 1)):
            return None  # 苏锡常三市: cities listed, a character each
        end = ents[k].end_char
    elif k is not None and ents[k].label_ == "ORG" and ents[k].text.endswith("海关"):
        region, end = _customs_region(ents[k].text, ctx), ents[k].end_char
    elif k is None and (customs := _CUSTOMS_HOUSE.match(text, start)) is not None:
        region, end = _customs_region(customs.group(), ctx), customs.end()  # 满洲里海关查扣…, the name untagged
    elif k is not None and ents[k].label_ == "ORG" and (_PUBLIC_BODY.search(ents[k].text) or _INSTITUTION.search(ents[k].text)):
        # 成都市中级人民法院全年新收…, 其中，成都市知识产权局办理…: a public body of a region part of the report's, the
        # innermost one where its name opens with a chain (襄阳市樊城区人民法院)
        named = place_a_name_begins_with(ents[k].text, ctx.region)
        region = _division_a_name_opens_with(ents[k].text, ctx.region) or (named[2] if named is not None else None)
        end = ents[k].end_char
        if region is not None and ctx.region is not None and is_inside(ctx.region, region) \
                and _COURT_TAKING_CASES.match(text, end) and _COURT.search(ents[k].text):
            return region, end  # 其中烟台市中级人民法院受理1127件 in 招远市's report: the cases of the court above its own
    elif k is not None and ents[k].label_ == "ORG" and (named := _division_a_name_opens_with(ents[k].text, ctx.region)) is not None \
            and named.code != (ctx.region and ctx.region.code):
        # 顺德区美的集团全年获得发明专利授权…: a company its district's full name opens
        region, end = named, ents[k].end_char
    elif k is not None and ents[k].label_ == "ORG" and (zone := _ZONE_OPENING.match(ents[k].text)) is not None \
            and (named := _named_inside(zone.group(1), ctx.region) or _place_a_zone_begins_with(zone.group(1), ctx.region)) is not None:
        region, end = named, ents[k].end_char  # 兰州新区知识产权运营服务中心完成…: a zone's body is the place's it is named after
    elif (k is None or ents[k].label_ == "ORG") and (market := _market_of_a_town(text, start, ctx)) is not None:
        region, end = market  # 2023年，西柳服装市场实现交易额约468亿元: a market, a scenic area or a park named after a town
    elif (k is None or ents[k].label_ in ("INDICATOR", "ORG")) and (product := _product_of_a_place(doc, start, ctx)) is not None:
        region, end = product  # also where the model took the product and its measure for a body's name (雅江松茸年交易量)
    elif k is None:
        # the name is a word (凤凰 in 湘西州's report: 凤凰县) or a town's name that jieba cuts up (溪/龙/乡)
        words, starts = placed_words(text), word_starts(text)
        town = TOWN_NAME.match(text, start)
        end = town.end() if town else start + len(words[starts[start]][0]) if start in starts else None
        after = starts.get(end) if end is not None else None
        # a town's full name needs no verb after it to be the subject (去年，珍宝岛乡新注册…商标15件): a stem of three characters
        # at most that no verb opens (推动西山镇…) nor a county's short name (道真仡乡红茶), not the first word of 乡村, 镇街, 乡镇
        named_in_full = town is not None and len(town.group("stem")) <= 3 and town_named_at(text, start) is not None \
            and start in starts and not words[starts[start]][1].startswith("v") \
            and resolve_place(town.group("stem")[:2], within=ctx.region) is None
        if not named_in_full and (after is None or words[after][0] not in CLAUSE_VERBS):
            return None
        region = resolve_place(text[start:end], within=ctx.region)
    else:
        return None
    if region is None or text[end : end + 1] in ("、", "和", "及", "与", "等") or ctx.region is None \
            or not (is_inside(region, ctx.region) or region.code is None):  # a town, having no code, is taken for a part
        return None
    if k is not None and ents[k].label_ == "REGION" and _begins_a_listed_name(doc, ents, ents[k]):
        return None  # not a body's whole name (江阴市人民法院在周庄、新桥等地…)
    return region, end


def _market_of_a_town(text: str, start: int, ctx: _Context) -> tuple[Region, int] | None:
    """The town the text names elsewhere whose stem opens the market, scenic area or park named at ``start`` (西柳服装市场 of
    西柳镇), with the offset where that name ends; not one named after the report's own region (辛集皮革城 of 辛集市, where
    辛集镇 is a town too)."""
    own = ctx.region.name[:-1] if ctx.region is not None and len(ctx.region.name) > 2 else None
    found = [(stem, town) for stem, town in ctx.towns_named.items() if text.startswith(stem, start) and stem != own]
    for stem, town in sorted(found, key=lambda item: -len(item[0])):
        if (m := _A_TOWNS_PLACE.match(text, start + len(stem))) is not None:
            return town, m.end()
    return None


# 服装市场, 海宁皮革城, 景区, 古镇: a place named after the town its name opens with (not a park, a zone of the report's region)
_A_TOWNS_PLACE = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:市场|皮革城|商城|商贸城|批发城|商品城|景区|古城|古镇)")
# 兰州新区知识产权运营服务中心: a body whose name opens with a zone's, named after a place
_ZONE_OPENING = re.compile(r"([\u4e00-\u9fff]{2,8}?)" + DEVELOPMENT_ZONE)
# 广西凭祥某红木家具有限公司以12件外观设计专利…作质押: the rest of a company's name after the province it opens with
_COMPANY_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{1,16}?(?:有限(?:责任)?公司|股份公司|集团|合作社)")
# 位于乐清的正泰集团…: the place a sentence's subject lies in, before it
_LOCATED_IN = re.compile(r"(?:位于|地处)")
# what follows a region that is a sentence's subject and not the start of a longer name: a time word, or what is
# counted where the model tagged none of it (成都市知识产权质押融资登记金额…), not a body's name (成都市知识产权局,
# 湖北省知识产权公共服务平台)
_AFTER_A_SUBJECT = re.compile(r"全年|今年|当年|上半年|(?:19|20)\d{2}年|累计|共|的"
                              r"|(?:知识产权|专利|商标|发明|有效|地理标志|每万人口)(?![\u4e00-\u9fff]{0,6}?(?:局|中心|院|厅|委|办|会|所|站|馆|台|室|处|队|基地|联盟))")


# what a place's own public body is named after its place (…经济及科技发展局, …科学技术发展基金, …人民政府)
_NEIGHBOURS_BODY = re.compile(r"[\u4e00-\u9fff]{0,12}?(?:局|基金|委员会|人民政府|政府|法院|检察院|署|厅)(?![\u4e00-\u9fff]{0,2}[、和与])")


def _begins_a_clause_of_its_own(doc: Doc, ents: list[Span], k: int) -> bool:
    """浙江省[全年]专利授权量…, 广东省[发明专利授权量]…, 铁门关市[出动]执法人员…: a region followed by a time word, by what
    is counted or by a verb, not by the rest of a name the model did not tag (深圳市优必选科技股份有限公司)."""
    end = ents[k].end_char
    adjacent = any(e.start_char == end and e.label_ in ("INDICATOR", "DATE") for e in ents)
    words, k_word = placed_words(text_of(doc)), word_starts(text_of(doc)).get(end)
    verb = k_word is not None and words[k_word][1] == "v" and len(words[k_word][0]) > 1
    return adjacent or verb or _AFTER_A_SUBJECT.match(text_of(doc), end) is not None


def _within_report(region: Region, ctx: _Context) -> bool:
    """The report's region, a part of it (a town, having no code, is taken for one), or the whole
    country: not a neighbour or the province above."""
    return ctx.region is None or region.code in (None, ctx.region.code, NATIONAL_CODE) or is_inside(region, ctx.region)


def _is_share_base(doc: Doc, region: Span) -> bool:
    """占佛山全市的45.2%: the whole a share is of, not the subject of any figure."""
    return text_of(doc).endswith("占", 0, region.start_char)


def _is_compared_with(doc: Doc, region: Span) -> bool:
    """居全省第3位，仅次于济南市、青岛市; …拥有量（5.63件）远低于武汉市（约38.5件）: the regions a rank or a figure
    is compared with, not the subject of any figure but their own level (:func:`_level_of_a_place`)."""
    clause, _ = _sentence(doc, region.start_char, region.end_char, _CLAUSE_BREAK)
    return bool(_COMPARED_WITH.search(text_of(doc), clause, region.start_char))


def _partner_or_origin(doc: Doc, region: Span, figure: Span, ctx: _Context) -> bool:
    """联合澳门举办…活动12场, 与长春市、延边州联合开展…行动5次, 累计引进澳门知识产权服务机构9家, 澳门企业和居民在我市
    申请注册商标2364件, 争取省、许昌市各类知识产权项目资金230万元, 从河南省某地购进该批复合肥120袋: a place outside the
    report's, or above it, that the report's region works with, draws from or buys from, or whose people a figure counted in
    the report's region is of, is not the figure's subject."""
    place = _place(doc, region, ctx.region)
    if place is None or _within_report(place, ctx):
        return False
    text = text_of(doc)
    clause, _ = _sentence(doc, region.start_char, region.end_char, _CLAUSE_BREAK)
    return bool(_PARTNER_VERB.search(text, clause, region.start_char)
                or (text.endswith("从", 0, region.start_char) and _BOUGHT.match(text, region.end_char))
                or _COUNTED_HERE.search(text, region.end_char, figure.start_char)
                or (_WITH_THE_PLACES_BEFORE.search(text, clause, region.start_char) and _JOINTLY_AFTER.match(text, region.end_char)))


# a spot inside a place, listed with it (在香格里拉市独克宗古城、德钦县飞来寺景区、维西县塔城镇等地)
_SPOT_IN_A_PLACE = re.compile(r"(?:(?:(?!等)[\u4e00-\u9fff]){1,6}?(?:镇|乡|街道|村|社区|景区|古城|园区|片区))?")


def _ends_a_list_with_etc(doc: Doc, region: Span) -> bool:
    """醴陵市等地, 郑州等市, 湖南、广西等相关省, 德钦县飞来寺景区、维西县塔城镇等地: one of several places, none of
    which a figure after it belongs to alone."""
    text = text_of(doc)
    end = _SPOT_IN_A_PLACE.match(text, region.end_char).end()
    while _LIST_SEPARATOR.match(text, end):  # the regions listed after it
        end = _region_named_at(text, end + 1)
        if end is None:
            return False
        end = _SPOT_IN_A_PLACE.match(text, end).end()
    return text.startswith("等", end)


def _begins_a_listed_name(doc: Doc, ents: list[Span], region: Span) -> bool:
    """林芝松茸、波密天麻等: the region begins the name of one of several listed things (no entity, zone or
    region in the rest of the name, which a 、 ends, nor a verb or preposition: 高山镇围绕食品、鞋服加工… is the
    town's clause), and is the subject of nothing."""
    text = text_of(doc)
    m = _LISTED_NAME_AFTER_REGION.match(text, region.end_char)
    return (
        m is not None
        and not any(e.start_char < m.end() and region.end_char < e.end_char for e in ents)
        and not _DEVELOPMENT_ZONE.search(m.group())
        and not find_region_spans(m.group())
        and not any(m.start() <= start < m.end() and flag[0] in "vp" and flag != "vn"
                    for _, flag, start in placed_words(text))
    )


def _scope_of_an_honour(doc: Doc, ents: list[Span], k: int, i: int, ctx: _Context) -> bool:
    """浙江省著名商标 in a city's report, tagged [浙江省][著名商标]: a region above the report's right before
    the name of an honour is its scope, not the subject of the count of those honoured."""
    if ctx.region is None or ents[i].label_ != "INDICATOR" or ents[k].end_char != ents[i].start_char:
        return False
    region = _place(doc, ents[k], ctx.region)
    return (
        bool(_HONOUR.search(ents[i].text)) and region is not None
        and region.code != ctx.region.code and is_inside(ctx.region, region)
    )


# the cities around a city, a grouping named after it (合肥都市圈, 成渝地区双城经济圈): the report's region's figure
_CIRCLE_OF_CITIES = re.compile(r"(?:地区)?(?:双城)?(?:都市圈|经济圈|城市圈|城市群)")


def _begins_an_event_name(doc: Doc, region: Span) -> bool:
    """郑州全国商品交易会, 上海知识产权国际论坛, 江苏省专利奖, 中国·廊坊国际经济贸易洽谈会: nothing but names (verbal nouns
    among them: 贸易) between the region and the event word."""
    m = _STARTS_AN_EVENT_NAME.match(text_of(doc), region.end_char)
    return m is not None and not any(
        flag == "v" for word, flag, start in placed_words(text_of(doc)) if region.end_char <= start < m.end()
    )


def _subject_deictic(doc: Doc, ents: list[Span], start: int, end: int) -> str | None:
    """The last deictic word between two offsets that is a subject, not a comparison base
    (占全市总量的18.2%, 是全市平均水平的2.9倍, 占佛山全市的45.2%, 、全国平均水平（11.8件）的28.9倍, 不到全省的3%) nor inside another entity (居全国第六位) but the
    name of a whole's bodies (全省法院受理…)."""
    m = _subject_deictic_match(doc, ents, start, end)
    return m.group(1) if m else None


def _subject_deictic_match(doc: Doc, ents: list[Span], start: int, end: int) -> re.Match | None:
    """The match of that word, its offsets counted from ``start``; one may open an indicator the model tagged with it
    that opens a sentence or its ；-part (…；全国农业植物新品种权申请量达11195件，授权量3218件)."""
    text = _outside_entities(doc, [e for e in ents if e.start_char < end and start < e.end_char
                                   and not (e.label_ == "ORG" and _DEICTIC.search(e.text)) and not _opens_its_part_with_a_deictic(doc, e)],
                             start, end)
    deictic = [m for m in _SUBJECT_DEICTIC.finditer(text) if not text[: m.start()].rstrip().endswith("占")
               and not _GATHERS_A_SHARE.search(text, max(0, m.start() - 4), m.start())
               and not _NAME_AFTER_A_DEICTIC.match(text_of(doc), start + m.end())
               and not _system_used(text_of(doc), start + m.start(), start + m.end())
               and not _BASE_OF_A_RATIO.match(text_of(doc), start + m.end())]
    return deictic[-1] if deictic else None


def _system_used(text: str, start: int, end: int) -> bool:
    """Whether the deictic word at ``start`` opens the name of a system the sentence's subject uses: the country's, by its
    name (依托全国网络交易监测平台, 全国12315平台受理357件 of a city's complaints), or one the words before it use."""
    return _SYSTEM_AFTER_A_DEICTIC.match(text, end) is not None \
        and (text.startswith("全国", start) or _USING_A_SYSTEM.search(text, max(0, start - 4), start) is not None)


# 八面通镇集中了全市70%以上的…企业: the whole a place holds a share of, no subject
_GATHERS_A_SHARE = re.compile(r"(?:集中|聚集|集聚|汇集|汇聚|占据|占有|贡献)了?\s*$")


def _opens_its_part_with_a_deictic(doc: Doc, ent: Span) -> bool:
    """全国农业植物新品种权申请量 opening a sentence or its ；-part, its deictic word the subject of the part's later clauses
    (not 同期全国高校专利转化实施率 after a comma, a comparison, nor an honour: 全国知识产权示范企业)."""
    if ent.label_ != "INDICATOR" or _LEADING_DEICTIC.match(ent.text) is None or _HONOUR.search(ent.text):
        return False
    part, _ = _sentence(doc, ent.start_char, ent.end_char, _SENTENCE_END)
    return _SENTENCE_LEAD.fullmatch(text_of(doc), part, ent.start_char) is not None


def _deictic_of_another(doc: Doc, ents: list[Span], start: int, end: int, region: Region | None, ctx: _Context) -> str | None:
    """A deictic subject between a region and a figure that points elsewhere: not the word a part of
    the report calls itself by, its level's and not the report's (永登县…，全县…注册商标达到46件 in
    兰州市's report; 中宁县…，全县… in 宁夏's)."""
    word = _subject_deictic(doc, ents, start, end)
    if word is None or region is None or ctx.region is None:
        return word
    itself = region.name.endswith(word[-1]) and not ctx.region.name.endswith(word[-1]) and is_inside(region, ctx.region)
    return None if itself else word


def _deictic_region(word: str | None, ctx: _Context) -> dict | None:
    """全国 → 中国; 全省/我市 → the section's region or the one above it; no word → the section's region."""
    kind = is_deictic_region(word) if word else None
    if kind == "country":
        return Region("中国", NATIONAL_CODE, word).to_json()
    if word is None and ctx.home_town is not None:
        return ctx.home_town.to_json()  # 公司实现营业收入37.42亿元 in the report of a company in 马场坪街道
    if ctx.region is None:
        return None
    region = enclosing_region(ctx.region, kind)
    return Region(region.name, region.code, word or ctx.region.text).to_json()


_ITEM_OPENING = re.compile(r"(?:[、，,：:]|其中)$")
# what may open a clause before the place that is its subject (其中遵义市…, 同批次新疆…)
_LEAD_OF_A_CLAUSE = re.compile(r"\s*(?:(?:其中|同期|同批次|同年|当年)[，,]?)?")


def _clause_region(doc: Doc, ents: list[Span], q: int, after: int, ctx: _Context) -> dict | None:
    """A subject in a value's own clause, after its indicator (…达到1.27件，…（全国为9.8件）,
    …分别为3216件和1874件，其中鄞州区占全市的19.9%): it governs that value alone."""
    clause, _ = _sentence(doc, ents[q].start_char, ents[q].end_char, _CLAUSE_END)
    begin = max(clause, after)
    places_from = clause if after > ents[q].start_char else begin  # 新疆共有6个县（市）: a place before a figure its noun follows
    # in text order from the value back, towns and zones found after the model included (其中那丹伯镇就有3件)
    for k in sorted((k for k, e in enumerate(ents) if places_from <= e.start_char and e.end_char <= ents[q].start_char),
                    key=lambda k: ents[k].start_char, reverse=True):
        e = ents[k]
        if e.label_ == "REGION" and not _ends_a_list_with_etc(doc, e) and not _is_share_base(doc, e):
            if _ends_a_list_of_places(doc, ents, k, ctx.region):
                break  # 新安街道、凌河街道集中了全市近四成的…: places listed together, whose whole is the report's region's
            region = _place(doc, e, ctx.region)
            # …其中北京市187家、天津市64家、河北省61家: a partner's own figure right after its name, as an item; 全省共11个
            # 县入选，其中遵义市入选3个, 同批次新疆共有6个县入选: the place its clause opens with, whatever its level, unless it
            # is the scope of an honour (四川省著名商标新获得11项) or the first word of a company's name (广西凭祥某红木家具
            # 有限公司以12件外观设计专利…作质押)
            own = e.end_char == ents[q].start_char and _ITEM_OPENING.search(text_of(doc), max(0, e.start_char - 2), e.start_char) is not None
            opening = _LEAD_OF_A_CLAUSE.fullmatch(text_of(doc), _sentence(doc, e.start_char, e.end_char, _CLAUSE_BREAK)[0], e.start_char) \
                and not _HONOUR.search(text_of(doc), e.end_char, ents[q].start_char) \
                and not _COMPANY_NAMED_AFTER.match(text_of(doc), e.end_char)
            if region is not None and (_within_report(region, ctx) or own or opening):
                return region.to_json()
    word = _subject_deictic(doc, ents, begin, ents[q].start_char)
    if word is None:
        return None
    product = _product_place_for_deictic(doc, word, begin, ctx)
    return product.to_json() if product is not None else _deictic_region(word, ctx)


def _product_place_for_deictic(doc: Doc, word: str, start: int, ctx: _Context) -> Region | None:
    """“宝兴厚朴”成功注册为…商标，带动全县种植面积… in a city's report: 全县 is the county the product opening the
    sentence or its ；-part is named after."""
    if ctx.region is None or ctx.region.name.endswith(word[-1]):
        return None
    s, _ = _sentence(doc, start, start)
    product = _product_of_a_place(doc, _SENTENCE_LEAD.match(text_of(doc), s).end(), ctx)
    return Region(product[0].name, product[0].code, word) if product is not None and product[0].name.endswith(word[-1]) else None


# what stands between a place and its own figure that another is compared with: 武汉市（约38.5件）,
# 全国平均水平（81.25分）, 全国平均水平为9.8件, 全国平均水平7.5件的七成
_LEVEL_OPENING = re.compile(r"(平均(?:水平|值|数)(?:为|是)?)?\s*([（(])?\s*(?:约|近)?$")
# a level named after the figures: 高于全省6.9件、全国11.8件的平均水平, 低于全国25.2%的水平
_LEVEL_NAMED_AFTER = re.compile(r"(?:[、和及与][^，,。；;]{1,16}?)?的(?:平均)?水平")
_SHARE_OF_IT = re.compile(r"的(?:约|近)?\d+(?:\.\d+)?%")
# the words between a deictic word and a bracketed figure, an indicator the model left untagged (全省[发明专利授权量]（2.22万件）)
_UNTAGGED_WORDS = re.compile(r"[^，,。；;、（(\d%]{2,16}")
# and words that end on an amount whatever they count (新增量, 申请总量)
_AMOUNT_AT_END = re.compile(r"(?:量|总数|总额)$")


def _level_of_a_place(doc: Doc, ents: list[Span], q: int, ctx: _Context) -> dict | None:
    """The region whose own level figure ``q`` is, right after the region or its deictic word, which
    another's figure is compared with (…拥有量（5.63件）远低于武汉市（约38.5件）, 高于全国平均水平（81.25分）,
    高于全省6.9件、全国11.8件的平均水平, 低于赤峰市的2315件), or in brackets after its indicator (占全省发明专利授权量（2.22万件）
    的6.1%) or before the 的 of a share of it (占全国发明专利授权总量53.0万件的0.74%); none for a figure of the clause's subject."""
    figure = ents[q]
    if figure.text.endswith(("倍", "百分点")):
        return None
    begin, _ = _sentence(doc, figure.start_char, figure.end_char, _CLAUSE_BREAK)
    m = _LEVEL_OPENING.search(text_of(doc), begin, figure.start_char)
    if m is None:
        return None
    average, bracket = m.group(1), m.group(2)
    if not (average or bracket) and text_of(doc).endswith("的", 0, m.start()):
        return _compared_place(doc, ents, begin, m.start() - 1, ctx)
    # 占全国发明专利授权总量53.0万件的0.74%: the whole a share is of, its figure given before 的 as a bracket would
    whole = not (average or bracket) and "占" in text_of(doc)[begin : m.start()] and bool(_SHARE_OF_IT.match(text_of(doc), figure.end_char))
    if not (bracket or whole or (average and (average[-1] in "为是" or text_of(doc).startswith("的", figure.end_char)))
            or (not average and _LEVEL_NAMED_AFTER.match(text_of(doc), figure.end_char))):
        return None
    named = m.start()
    if (bracket or whole) and not any(e.label_ == "REGION" and e.end_char == named for e in ents):
        # 占全省发明专利授权量（2.22万件）的6.1%: the place, then the indicator (tagged or not), then the figure
        indicator = next((e for e in ents if e.label_ == "INDICATOR" and e.end_char == m.start() and e.start_char > begin), None)
        if indicator is not None:
            named = indicator.start_char
        else:  # after a deictic word or a region (占全省新增量（1326件）的5.1%, 占潍坊市全年申请总量（192件）的43.8%)
            after = [w.end() for w in _DEICTIC.finditer(text_of(doc), max(begin, m.start() - 18), m.start())] \
                + [e.end_char for e in ents if e.label_ == "REGION" and max(begin, m.start() - 18) <= e.end_char < m.start()]
            words = [w for w in sorted(after) if _UNTAGGED_WORDS.fullmatch(text_of(doc), w, m.start())
                     and not any(w < e.end_char <= m.start() for e in ents)]
            if words and (match_indicator(text_of(doc)[words[-1] : m.start()]) is not None
                          or _AMOUNT_AT_END.search(text_of(doc), words[-1], m.start())):
                named = words[-1]
    named_here = _name_ending_at(doc, ents, begin, named, ctx)
    return named_here[1] if named_here is not None else None


_WITH_BEFORE = re.compile(r"(?:与|同|和|跟)$")
_GAP_AFTER = re.compile(r"的[^，,。；;]{1,16}?(?:差距|相比|相较|持平|相当)")


def _compared_place(doc: Doc, ents: list[Span], begin: int, end: int, ctx: _Context) -> dict | None:
    """低于赤峰市的2315件, 高于全国的7.5件, 与苏州市的94.1件仍有差距: the region (or deictic word) ending at ``end``, right after a word
    comparing the clause's subject with it or after the figure of another place compared, whose own figure follows;
    none without such a word."""
    named = _name_ending_at(doc, ents, begin, end, ctx)
    if named is None:
        return None
    if _AFTER_A_COMPARISON.search(text_of(doc), begin, named[0]):
        return named[1]
    if _WITH_BEFORE.search(text_of(doc), begin, named[0]) and _GAP_AFTER.match(text_of(doc), end):
        return named[1]  # 与苏州市的94.1件仍有较大差距: the place compared with
    # 高于长兴县的3.42万件和德清县的2.95万件: the next place compared, listed after the figure of the one before
    before = next((k for k, e in enumerate(ents) if e.label_ == "QUANTITY" and e.end_char == named[0] - 1), None)
    if before is not None and _LIST_SEPARATOR.fullmatch(text_of(doc)[named[0] - 1]) and _level_of_a_place(doc, ents, before, ctx):
        return named[1]
    return None


def _name_ending_at(doc: Doc, ents: list[Span], begin: int, end: int, ctx: _Context) -> tuple[int, dict | None] | None:
    """Where the REGION span or deictic word ending at ``end`` (and not before ``begin``) starts, and the region it
    names; none where neither ends there. A region's name the model took into another span or left untagged counts too
    (高于河北省平均水平（4.73件）, 河北省平均水平 tagged as a title; 与自治区平均水平（2.65件）…相比)."""
    place = next((e for e in ents if e.label_ == "REGION" and e.end_char == end and e.start_char >= begin), None)
    if place is not None:
        region = _place(doc, place, ctx.region)
        return place.start_char, region.to_json() if region is not None else None
    word = _DEICTIC.search(text_of(doc), max(begin, end - 2), end)
    if word is not None and word.end() == end:
        return word.start(), _deictic_region(word.group(1), ctx)
    if text_of(doc).endswith("自治区", begin, end):  # alone, the autonomous region the report's place is in (or its own)
        return end - 3, _deictic_region("自治区", ctx)
    low = max(begin, end - 12)
    named = next(((low + a, region) for a, b, region in find_region_spans(text_of(doc)[low:end], ctx.region) if low + b == end
                  and not any(e.label_ == "REGION" and e.start_char < end and low + a < e.end_char for e in ents)), None)
    return (named[0], named[1].to_json()) if named is not None else None


_COMPARISON = re.compile(r"(较上年|比上年|同比|环比|较去年同期|比去年同期|较去年|比去年|较(?:19|20)\d{2}年[底末]?|比(?:19|20)\d{2}年[底末]?)$")


def _growth(doc: Doc, span: Span) -> dict | None:
    """Value, unit and direction from the span and its trigger; text from the comparison words on (较上年增长24.5%)."""
    before = text_of(doc)[max(0, span.start_char - 8) : span.start_char]
    trigger = _GROWTH_TRIGGER.search(before) or _MORE_OR_FEWER.search(before)
    listed = None if trigger else _LISTED_AFTER_TRIGGER.search(text_of(doc)[max(0, span.start_char - 40) : span.start_char])
    word = trigger.group(1) if trigger else listed.group(1) if listed else None
    parsed = parse_growth(span.text, _MORE_OR_FEWER_AS_A_CHANGE.get(word, word))
    if parsed is None:
        return None
    start = span.start_char - len(trigger.group(0)) if trigger else span.start_char
    comparison = _COMPARISON.search(text_of(doc)[max(0, start - 10) : start])
    if comparison:
        start -= len(comparison.group(0))
    out = parsed.to_json()
    out["text"] = text_of(doc)[start : span.end_char]
    return out


# 在15个副省级城市中居[第6位], 全国排[第24位]: the scope a rank's span leaves before it (not its subject: 德阳市位列第27名)
_SCOPE_BEFORE_A_RANK = re.compile(
    r"(全[国省市区州县])?(?:[\d一二三四五六七八九十]+个)?([^，,。；;、\d]{0,10}?)(中)?" + RANK_VERB + "$"
)


# 由第七位[上升至第四位]: where a rank the model's span leaves at its old place moved to
_RANK_MOVED_ON = re.compile(MOVED_TO_A_RANK)


def _rank(links: _Links, i: int) -> dict | None:
    text = text_of(links.ents[i].doc)
    moved = _RANK_MOVED_ON.match(text, links.ents[i].end_char)
    parsed = parse_rank(links.ents[i].text + (moved.group() if moved else ""))
    if parsed is None:
        return None
    out = parsed.to_json()
    if out["scope"] is None:
        m = _SCOPE_BEFORE_A_RANK.search(text, max(0, links.ents[i].start_char - 16), links.ents[i].start_char)
        if m and (m.group(1) or m.group(3)):
            out["scope"] = ((m.group(1) or "") + m.group(2).removeprefix("在")) or None
    return out


def _pair_growths(ents: list[Span], quantities: list[int], growths: list[int], dated: int = 0,
                  named: dict[int, int] | None = None) -> dict[int, int]:
    """Which growth goes with the n-th value: in order, except that a change in percentage points
    is of the percentage before it (14525件，占…总量的26.6%，比上年下降3.2个百分点), a list of changes is of
    the values right before it (:func:`_listed_changes`), and that the
    first ``dated`` values, dated by a list of years, have none where the values after them take
    every change (2013年、2014年…分别为1.26亿元和2.18亿元，2015年达到3.58亿元，比上年增长64.2%) or where
    the change follows them all (年均增长12.4%), and a value a change starts from (由…的1862件增至…) none. ``named``:
    the changes already paired by the place they name (:func:`_changes_of_a_place_named_again`)."""
    paired: dict[int, int] = dict(named or {})
    free = [n for n in range(max(1, len(quantities))) if n not in paired]
    rest = []
    for g in growths:
        shares = [
            n for n in free
            if n < len(quantities) and _is_percent(ents[quantities[n]]) and ents[quantities[n]].start_char < ents[g].start_char
        ]
        if ents[g].text.endswith("百分点") and shares:
            paired[shares[-1]] = g
            free.remove(shares[-1])
        else:
            rest.append(g)
    text = text_of(ents[0].doc) if ents else ""
    relative_preferred = len(growths) > max(1, len(quantities)) and any(_is_percent(ents[g]) for g in growths)
    for g in list(rest):
        if relative_preferred and not _is_percent(ents[g]):
            continue  # 453件，比2014年增加263件，增长138.4%: the relative change is the value's, not the absolute one
        before = g - 1
        while before > 0 and ents[before].label_ == "DATE":  # 是“十二五”末的2.9倍: past the base's date
            before -= 1
        n = next((n for n in free if n < len(quantities) and quantities[n] == before), None)
        if n is not None and _changes_the_value_before(text, ents[before], ents[g]):
            paired[n] = g
            free.remove(n)
            rest.remove(g)
    for run in _listed_changes(ents, quantities, rest):
        before = [n for n in free if n < len(quantities) and ents[quantities[n]].start_char < ents[run[0]].start_char]
        if len(before) >= len(run):
            paired.update(zip(before[-len(run):], run))
            free = [n for n in free if n not in before[-len(run):]]
            rest = [g for g in rest if g not in run]
    # 由2019年的1862件增至2023年的3911件，是2019年的2.1倍: the change is the figure's it ends at, not the one it starts from;
    # where every value is a base (与2018年底的3.12万件相比，…增加3.73万件), the change is a figure of its own
    ending = [n for n in free if n >= len(quantities) or not _is_a_base(text, ents[quantities[n]])]
    if len(rest) == 1 and free and not ending:
        ending = [len(quantities)]
    free = ending if len(ending) >= len(rest) else free
    if dated and rest and quantities:
        first = ents[rest[0]].start_char
        undated = [n for n in free if dated <= n < len(quantities) and ents[quantities[n]].start_char < first]
        last_dated = ents[quantities[min(dated, len(quantities)) - 1]].start_char
        if len(rest) <= len(undated):
            free = undated
        elif last_dated < first:
            # 2019年至2023年…分别为10286件、…、16418件，年均增长12.4%(，五年累计…): a change after a list over
            # years is its last year's
            free = [n for n in free if n < dated]
        paired.update(zip(free[-len(rest):], rest))
        return paired
    paired.update(zip(free, rest))
    return paired


# 比2019年的8645件, 与2018年底的3.12万件相比: a value a comparison is made with
_COMPARED_WITH_A_YEARS = re.compile(r"(?:比|较|与|同|和)" + _BASE_BEFORE.pattern)


def _is_a_base(text: str, value: Span) -> bool:
    """A value a change starts from or is measured against, which takes no change itself."""
    before = max(0, value.start_char - 14)
    return bool(_FROM_FIGURE.search(text, before, value.start_char) or _COMPARED_WITH_A_YEARS.search(text, before, value.start_char))


def _changes_the_value_before(text: str, value: Span, change: Span) -> bool:
    """…合计3.68万件，其中重庆市1.32万件，同比增长12.5%: a change its own clause writes right after a value is that
    value's, not the first of its indicator's; not a base's (比上年的2.5万件增长20%)."""
    return (
        text[value.start_char - 1 : value.start_char] != "的" and text[value.end_char : value.end_char + 1] in ("，", ",")
        and bool(_CHANGE_RIGHT_AFTER_A_VALUE.fullmatch(text, value.end_char, change.start_char))
    )


def _listed_changes(ents: list[Span], quantities: list[int], growths: list[int]) -> list[list[int]]:
    """The runs of two changes or more with no value between them (…分别为263件和171件，同比分别增长31.5%和27.6%),
    which go with as many values right before them, not with the first values of the indicator."""
    runs: list[list[int]] = []
    for g in growths:
        if runs and not any(ents[runs[-1][-1]].start_char < ents[q].start_char < ents[g].start_char for q in quantities):
            runs[-1].append(g)
        else:
            runs.append([g])
    return [run for run in runs if len(run) > 1]


def _indicator_facts(doc: Doc, links: _Links, ctx: _Context, value_ranks: dict[int, dict]) -> list[IndicatorFact]:
    """``value_ranks``: the ranks of values that a ranking list or a shared or listed rank gives, by index."""
    ents = links.ents
    facts = []
    deictic_places = _deictic_lists(doc, links, ctx)
    for ind, ent in enumerate(ents):
        if ent.label_ != "INDICATOR":
            continue
        quantities = sorted(
            q for q in links.heads(ind, "VALUE_OF") if not _against_average(doc, ents[q]) and not _not_a_measure(doc, ents[q])
        )
        growths = sorted(g for g in links.heads(ind, "CHANGE_OF") if not _against_average(doc, ents[g]))
        named = {n: g for n, q in enumerate(quantities) for g in links.heads(q, "CHANGE_OF_VALUE")[:1]}
        # a rate of change in the indicator (专利申请量增幅) or between it and the figure (专利申请量增幅均超过10%)
        # and a figure right after a comparison and a change word (同比多出86件, 增速比上年回落5.4个百分点)
        rates = [q for q in quantities if (_is_percent(ents[q]) and (_RATE_OF_CHANGE.search(ent.text) or _AFTER_A_RATE_WORD.search(
            text_of(doc), max(0, ents[q].start_char - 12), ents[q].start_char))) or _COMPARED_CHANGE.search(
            text_of(doc), max(0, ents[q].start_char - 12), ents[q].start_char)]
        growths = sorted(growths + rates)
        quantities = [q for q in quantities if q not in rates]
        ranks = links.heads(ind, "RANK_OF") + [r for k in growths + quantities for r in links.heads(k, "RANK_OF")]
        if not quantities and not growths and not ranks:
            continue
        if len(growths) > max(1, len(quantities)):  # 增加263件 … 增长138.4%: the relative change is the growth
            growths = sorted(growths, key=lambda g: not _is_percent(ents[g]))
        # linked to each year of a period listed (2011年、2012年、2013年，…累计投入2700万元): the last
        date = max(links.children(ind, "TIME_OF"), key=lambda k: ents[k].start_char, default=None)
        if date is None and quantities:
            date = links.child(quantities[0], "TIME_OF")
        if date is not None and not _governs(doc, ents[date], ent):
            date = None
        if date is not None:
            date = _later_opening_date(doc, ents, date, ent)
        if date is None:
            date = _nearest(ents, ind, "DATE", doc)
            date = date if date is not None and _governs(doc, ents[date], ent) else None
        if date is None:
            date = _same_period_date(doc, ents, ind)
        if date is None:
            date = _opening_date_before(doc, ents, ind)
        if date is None:
            date = _topic_sentence_date(doc, ents, ind, ctx)
        year = _year_of(doc, ents[date] if date is not None else None, ctx)
        if _said_now(doc, ents, ind, ctx):
            year = ctx.said_in
        listed_years = _listed_years(doc, ents, quantities, ctx)
        region = _region(doc, links, ind, ctx)
        indicator = {"text": ent.text, "id": match_indicator(ent.text, text_of(doc))}
        growth_of = _pair_growths(ents, quantities, growths, len(listed_years), named)
        rank_of = _pair_ranks(links, ind, quantities, growth_of)
        subject: tuple[int, dict | None] | None = None  # the value before and the place its own clause named
        slots = quantities + [None] if len(quantities) in growth_of else quantities or [None]
        for n, q in enumerate(slots):
            value = unit = qualifier = None
            parts = [ent]
            own_year = _year_right_before(doc, links, ents[q], ctx, year) if q is not None else None
            if own_year is None and n < len(listed_years):
                own_year = listed_years[n]
            elif own_year is None:
                own_date = _clause_date(doc, ents, q, after=ent.end_char) if q is not None else None
                own_year = year if own_date is None else _year_of(doc, ents[own_date], ctx)
                if own_date is None and any(listed_years):
                    own_year = max(y for y in listed_years if y)  # …分别为8600万元、1.35亿元、2.18亿元，三年来累计4.39亿元: to the last
                elif own_date is None and q is not None:
                    own_year = _last_year_totalled(doc, ents[q]) or own_year
                if own_date is None and q is not None and date is not None and ents[date].start_char > ents[q].end_char \
                        and _CLAUSE_BREAK.search(text_of(doc), ents[q].end_char, ents[date].start_char):
                    own_year = _year_of(doc, None, ctx)  # …达到62件，到2025年达到65件: a date dates the figures after it
                if own_date is None and q is not None and own_year is not None and ctx.year is not None and own_year < ctx.year \
                        and _aimed_at_in_a_clause_of_its_own(doc, ents, ents[q]):
                    own_year = ctx.year  # a 2024 plan's 2023年，…3126件；全年力争达到3300件: no target is for a year gone by
                if own_date is None and q is not None and own_year == ctx.year and _a_next_step_said_later(doc, ents, ents[q], ctx):
                    own_year = ctx.said_in
            if q is not None:
                parsed = _quantity_of(doc, ents[q])
                if parsed is not None:
                    value, unit = parsed.to_json()["value"], parsed.unit or _money_unit(doc, ent, ents[q])
                    qualifier = _qualifier_before(doc, ents[q], parsed.qualifier)
                parts.append(ents[q])
            own_region = links.child(q, "REGION_OF") if q is not None else None
            clause_region = deictic_places.get(q) or _clause_region(doc, ents, q, ent.end_char, ctx) \
                if q is not None and own_region is None else None
            if clause_region is None and own_region is None and q is not None and _SENTENCE_END.search(text_of(doc), ent.end_char, ents[q].start_char):
                # an indicator named in an earlier part (a topic: 从专利授权看，…；石家庄市以27846件…，占全省总量的24.8%):
                # the value's own part names its subject
                clause_region = _region(doc, links, q, ctx)
            if clause_region is None and own_region is None and q is not None and _is_share_of_the_value_before(doc, ents, q, subject):
                clause_region = subject[1]  # 天津市…68420件，其中滨海新区22156件，…，占全市的32.4%: 滨海新区's share
            if q is not None:  # the value and its place, whether the model linked the place or its clause named it
                subject = (q, clause_region if own_region is None else _region(doc, links, ind, ctx, own_region))
            growth = growth_of.get(n)
            rank = rank_of.get(n)
            parts += [ents[k] for k in (growth, rank) if k is not None]
            places = (_regions_each(doc, ents, q, ctx) if q is not None else []) or [own_region]
            level = _level_of_a_place(doc, ents, q, ctx) if q is not None else None
            if q is not None and _sums_places(doc, links, ents[q]) and _place_opening_its_clause(doc, ents, q) is None:
                places, clause_region = [None], _deictic_region(None, ctx)
            elif level is not None:
                places, clause_region = [None], level
            facts.extend(
                IndicatorFact(
                    doc=ctx.doc,
                    region=_region(doc, links, ind, ctx, place) if place is not None else clause_region or region,
                    year=own_year,
                    indicator=indicator,
                    value=value,
                    unit=unit,
                    qualifier=qualifier,
                    growth=_growth(doc, ents[growth]) if growth is not None else None,
                    rank=_rank(links, rank) if rank is not None else value_ranks.get(q),
                    evidence=_evidence(doc, parts),
                )
                for place in places
            )
    return facts


_INSIDE_ANOTHER_FIGURE = re.compile(r"^[（(的]|[）)的]$")
# 由2020年的3412件增加到2022年的4862件, 占全省的14.1%: after its 的, the figure a change reached or a share, no
# comparison's
_OWN_FIGURE_AFTER_DE = re.compile(r"(?:(?:到|至)\s*(?:19|20)\d{2}\s*年[底末]?|占[^，。；、\d]{1,12})的$")


def _not_ranked_by(doc: Doc, figure: Span, rank: Span) -> bool:
    """由2020年的3412件增加到2022年的4862件，居全国第5位: a base is not what a rank places, nor is the whole the rank
    is within (全省专利授权量为11.64万件，我市占全省的14.1%，居全省第二位: not 全省's own figure)."""
    text = text_of(doc)
    if _is_a_base(text, figure):
        return True
    parsed = parse_rank(rank.text)
    scope = parsed.scope if parsed is not None else None
    clause, _ = _sentence(doc, figure.start_char, figure.end_char, _CLAUSE_BREAK)
    return bool(scope) and scope.startswith("全") and text.startswith(scope, clause)


def _pair_ranks(links: _Links, ind: int, quantities: list[int], growth_of: dict[int, int]) -> dict[int, int]:
    """Which rank goes with the n-th value: the one the model linked to that value or to its growth, then one
    linked to the indicator of several values to the value right before it (新增156件，累计达到1073件，居中部六省第3位),
    a count rather than its share, and the rest in order to the values left (…分别为1862件和935件，后者居全省第2位:
    the second's)."""
    ents, doc = links.ents, links.ents[ind].doc
    text = text_of(doc)
    slots = range(max(1, len(quantities)))
    paired: dict[int, int] = {}
    for n in slots:
        for k in (quantities[n] if n < len(quantities) else None, growth_of.get(n)):
            rank = next(iter(links.heads(k, "RANK_OF")), None) if k is not None else None
            if rank is not None and n not in paired and rank not in paired.values() \
                    and not (len(quantities) >= 2 and k == quantities[n] and _not_ranked_by(doc, ents[k], ents[rank])):
                paired[n] = rank
    rest = list(dict.fromkeys(r for k in [ind, *growth_of.values(), *quantities] for r in links.heads(k, "RANK_OF")
                              if r not in paired.values()))
    for r in list(rest) if len(quantities) >= 2 else []:
        n = _listed_place_ranked(doc, ents, ind, quantities, ents[r])
        if n is not None and n not in paired:
            paired[n] = r
            rest.remove(r)
    for r in list(rest) if len(quantities) >= 2 else []:
        before = [n for n in slots if ents[quantities[n]].end_char <= ents[r].start_char and not _not_ranked_by(doc, ents[quantities[n]], ents[r])]
        before = [n for n in before if not _is_percent(ents[quantities[n]])] or before
        if not before or before[-1] in paired or "、" in text[ents[r].start_char : ents[r].end_char + 1] \
                or "分别" in text[ents[ind].start_char : ents[r].start_char]:
            continue  # 分别以27184件和24370件位居第二、第三, …分别为9件、7件和6件，…居全市首位: a list's, in order
        figure = ents[quantities[before[-1]]]
        if not _INSIDE_ANOTHER_FIGURE.search(text[max(0, figure.start_char - 1) : figure.end_char + 1]) \
                or _OWN_FIGURE_AFTER_DE.search(text, max(0, figure.start_char - 14), figure.start_char):
            paired[before[-1]] = r  # not 占全省（35.9万件）的17.3% nor 仅次于徐汇区的198.4件, a figure inside a share or a comparison
            rest.remove(r)
    paired.update(zip((n for n in slots if n not in paired), rest))
    return paired


_RANKED_PLACE_LEAD = re.compile(r"\s*(?:其中[，,]?)?")


def _listed_place_ranked(doc: Doc, ents: list[Span], ind: int, quantities: list[int], rank: Span) -> int | None:
    """…武胜县、邻水县、广安经开区专利授权量分别为341件、459件、287件，邻水县居全市首位: the figure of the place, one of those a
    list gives its figures to in order, that opens the rank's clause."""
    clause, _ = _sentence(doc, rank.start_char, rank.end_char, _CLAUSE_BREAK)
    lead = _RANKED_PLACE_LEAD.match(text_of(doc), clause).end()
    subject = next((e for e in ents if e.label_ == "REGION" and e.start_char == lead and e.end_char <= rank.start_char), None)
    s, _ = _sentence(doc, ents[ind].start_char, ents[ind].end_char)
    listed = [e.text for e in ents if e.label_ == "REGION" and s <= e.start_char and e.end_char <= ents[ind].start_char]
    if subject is None or len(listed) != len(quantities) or listed.count(subject.text) != 1:
        return None
    return listed.index(subject.text)


# 各有4件, 各获批…1件, 两县均新增, 都已经突破了一万件, 今年各新增1家: one figure that each region listed before it has
_EACH = re.compile(
    r"(?:今年|当年|全年|去年)?(?:[两二三四五六七八九十\d]{1,2}个?[省市区县州旗盟镇乡])?(?:[各均]|都(?:已经|已)?)"
    r"(?:有|为|是|达|达到|获|获得|获批|获评|新增|新建|建设|建成|建立|建|设立|新设|培育|认定|实现|超过|突破|拥有|不足|不到|低于|少于|高于|多于|在)?了?"
)


# 花炮知识产权保护规范化市场: the words of what a figure counts, no clause nor figure in them
_NOUN_COUNTED = re.compile(r"[\u4e00-\u9fff“”]{2,24}")


_LISTED_ZONES = re.compile(r"(?:[、和及与]" + ZONE_NAME.pattern + ")+")


def _sums_places(doc: Doc, links: _Links, figure: Span) -> bool:
    """保定、廊坊两市发明专利授权量合计2590件，占全省的29.1%: a total over the places counted before it in its
    sentence is no one place's; like a grouping's, it is the section's region. So is a clause opening with
    合计 after a list over places (兰州市、天水市、白银市…分别为1862件、286件和213件，合计占全省的82.9%), a share of
    such a total in the clause after it (…，合计2589件，占全市的35.8%; …合计1210件，占全市的55.8%), and a total after
    places listed in the figure's own clause (安义县、进贤县专利授权量合计仅占全市的7.2%)."""
    s, _ = _sentence(doc, figure.start_char, figure.end_char)
    if _SUM_OF_PLACES.search(text_of(doc), s, figure.start_char) or _SUM_OF_PLACES.match(text_of(doc), figure.start_char):
        return True  # …两市…合计2590件, and the count of those summed (两家保护中心全年共…)
    clause, _ = _sentence(doc, figure.start_char, figure.end_char, _CLAUSE_BREAK)
    places = _places_between(links, s, clause)
    if _SUM_OPENING_A_CLAUSE.match(text_of(doc), clause) and _count_of_places(doc, places) >= 2:
        return True
    # …分别为1105件、946件、538件，合计2589件，占全市的35.8%: the share of such a total is the total's
    total = max((e for e in links.tagged if e.label_ == "QUANTITY" and s <= e.start_char and e.end_char <= clause),
                key=lambda e: e.start_char, default=None)
    if total is not None and _SHARE.match(text_of(doc), clause) and (_SUM_OPENING_A_CLAUSE.match(
            text_of(doc), _sentence(doc, total.start_char, total.end_char, _CLAUSE_BREAK)[0]) and _count_of_places(doc, places) >= 2
            or _sums_places_of_its_clause(doc, links, total)):
        return True
    return _sums_places_of_its_clause(doc, links, figure)


def _sums_places_of_its_clause(doc: Doc, links: _Links, figure: Span) -> bool:
    """安义县、进贤县专利授权量合计仅占全市的7.2%: places listed in the figure's own clause, then their total; a zone the
    model left untagged may be one of them (东区、钒钛高新区专利授权量合计1210件)."""
    clause, _ = _sentence(doc, figure.start_char, figure.end_char, _CLAUSE_BREAK)
    listed = _places_between(links, clause, figure.start_char)
    return _count_of_places(doc, listed) >= 2 \
        and (len(listed) < 2 or _LIST_SEPARATOR.fullmatch(text_of(doc)[listed[0].end_char : listed[1].start_char].strip()) is not None) \
        and re.search(_SUM_WORD, text_of(doc)[listed[-1].end_char : figure.start_char]) is not None


def _places_between(links: _Links, start: int, end: int) -> list[Span]:
    """The REGION spans between two offsets in text order, towns the model does not tag included (陵城街道、城南街道…，合计占
    全市的40.4%)."""
    return sorted((e for e in links.ents if e.label_ == "REGION" and start <= e.start_char and e.end_char <= end),
                  key=lambda e: e.start_char)


def _count_of_places(doc: Doc, places: list[Span]) -> int:
    """How many places a list of tagged regions names, with the zones the model left untagged after its last
    (东区、钒钛高新区)."""
    zones = _LISTED_ZONES.match(text_of(doc), places[-1].end_char) if places else None
    return len(places) + (len(ZONE_NAME.findall(zones.group())) if zones else 0)


def _regions_each(doc: Doc, ents: list[Span], q: int, ctx: _Context) -> list[int]:
    """The regions of 阿巴嘎旗、苏尼特左旗各有4件 (or 甲县、乙县两县均新增示范企业2家): a list of regions whose every
    member has the figure after 各 or 均, also past an indicator the model left untagged (江苏省、浙江省、广东省专利商标质押
    融资金额均超过千亿元); none where the clause holds no such list."""
    begin, _ = _sentence(doc, ents[q].start_char, ents[q].end_char, _CLAUSE_BREAK)
    before = sorted((k for k, e in enumerate(ents) if begin <= e.start_char and e.end_char <= ents[q].start_char),
                    key=lambda k: ents[k].start_char)
    regions = [k for k in before if ents[k].label_ == "REGION"]
    if not regions:
        return []
    between = _outside_entities(doc, [ents[k] for k in before if ents[k].label_ == "INDICATOR"],
                                ents[regions[-1]].end_char, ents[q].start_char).replace(" ", "")
    words = text_of(doc)[ents[regions[-1]].end_char : ents[q].start_char]
    if not _EACH.fullmatch(between) and not _EACH.fullmatch(words):  # not 沙子镇、碧痕镇、光照镇各1个, 各 tagged as an indicator
        # the words before 均 may be an indicator the model left untagged (…广东省专利商标质押融资金额均超过千亿元), or those
        # after 各 and its verb (在大瑶镇、澄潭江镇各建成花炮知识产权保护规范化市场1个)
        each = next((e for e in _EACH.finditer(words) if e.end() == len(words)), None)
        opening = _EACH.match(words)
        if (each is None or match_indicator(words[: each.start()]) is None) and not (
                opening is not None and opening.end() > 0 and _NOUN_COUNTED.fullmatch(words, opening.end())):
            return []
    return _region_run(doc, ents, before, ents[q].start_char, ctx.region)


# 通过《…要求》（GB/T 29490—2023）认证: what follows a standard a body met
_CERTIFIED_TO = re.compile(r"[》”]?\s*(?:[（(][^（）()]{1,30}[）)])?(?:认证|贯标认证|评价|审核|评审)")
# what stands before a title that opens its sentence: its 《 at most
_TITLE_OPENING = re.compile(r"[《“]?")


# 修订《…》, 修订完善《…》, 起草《…》, 研究制定《…》: a title being rewritten or drafted (not 修订出台《…》), whoever drafts it (a
# revision a named body made may have been issued), and what says it was issued after all (修订《…》并印发)
_BEING_REWRITTEN = re.compile(r"(?:(?P<drafted>起草|研究制定|启动修订)|修订|修改|修订完善)[《“]?$")
_GUIDING = re.compile(r"(?:指导|督促|推动|引导|帮助|支持)$")
_ISSUED_AFTER = re.compile(r"[》”]?(?:[（(][^）)]{1,30}[）)])?[，,]?(?:并|后)?(?:出台|印发|发布)")
# 《…》《…》 or 《…》和《…》 before another title of the run
_TITLES_IN_A_RUN = re.compile(r"《[^《》]*》[、和及与]?")


def _issuer(doc: Doc, links: _Links, p: int) -> str | None:
    """Every ISSUED_BY organisation, or else the organisation before the verb that issued the
    policy or right before its 《 (国务院《…》), with the organisations listed right before the first or right after the last
    (省知识产权局、省财政厅联合出台, where a link may name only one); co-issuers joined with 、.
    An issuer from an earlier sentence counts only when none is linked in the policy's own and the title does not open
    its sentence as its subject (《…办法》进一步提高…), one linked across
    another title it issued is not this one's, the reporting body naming itself (我局制定, 我局联合…制定) is written as it
    names itself, and bodies under whose guidance the work was done (在省知识产权局指导下) or with whose approval (经市政府同意) or that carry it out
    (…局深入贯彻《…纲要》, …印发《…》，全面实施《…》, …，推动国家《…》落地) are none, nor are bodies after a title that one before
    it issued (按照市政府办公室印发的《…》，市知识产权局会同…); a title issued again (…。11月，又印发《…》) is the
    first issuer's of the title before it (我局联合…印发《…》。6月又出台了《…》: 我局's), and one a ；-part with no subject
    of its own issues is the issuer's opening the part before (省政府办公厅印发《…》…；印发…: 省政府办公厅's), also with the
    bodies it issues it with (…印发《…》，会同省高级人民法院、省司法厅出台…)."""
    ents = links.ents
    s, sentence_end = _sentence(doc, ents[p].start_char, ents[p].end_char)
    clause, _ = _sentence(doc, ents[p].start_char, ents[p].end_char, _CLAUSE_BREAK)
    rewritten = _BEING_REWRITTEN.search(text_of(doc), max(0, ents[p].start_char - 8), ents[p].start_char)
    if rewritten and not _ISSUED_AFTER.match(text_of(doc), ents[p].end_char):
        bodies = [e for e in ents if e.label_ == "ORG" and s <= e.start_char and e.end_char <= ents[p].start_char]
        if rewritten.group("drafted") or not bodies or _GUIDING.search(text_of(doc), s, bodies[-1].start_char):
            return None  # 研究制定《…》, 修订《…办法》 in a plan, 指导…协会修订《…》: a title being drafted or revised, issued by no one yet
    own_clause = text_of(doc)[clause : ents[p].start_char]
    if clause > s and _CARRYING_OUT.search(own_clause) and not _ISSUE_VERB.search(own_clause) \
            and not any(e.label_ == "ORG" and clause <= e.start_char < ents[p].start_char for e in ents):
        return None  # …印发的《…》，深入实施《…》: a clause of its own that carries the title out names no issuer
    guiding = [m.span() for m in _UNDER_GUIDANCE.finditer(text_of(doc), s, ents[p].start_char)]

    def guides(k: int) -> bool:
        return any(a <= ents[k].start_char and ents[k].end_char <= b for a, b in guiding)

    def issued_another(k: int) -> bool:
        """中共中央、国务院印发的《…》和云南省人民政府办公厅印发的《…》; 落实…印发的《…》，省知识产权局…制定…方案."""
        after = ents[k].start_char >= ents[p].end_char
        return any(t.label_ == "POLICY" and ents[k].end_char <= t.start_char
                   and (t.start_char < sentence_end if after else t.end_char <= ents[p].start_char) for t in ents)

    def carries_out(k: int) -> bool:
        """浦东新区知识产权局深入贯彻《…》和《…》: linked, but issued neither; …等11家企业通过《…要求》（GB/T 29490—2023）认证:
        a standard the bodies met; 市人大常委会执法检查组对《…》…进行了检查, 市政府及有关部门要把《…》学习宣传纳入…,
        市人大常委会组织开展《…》贯彻实施情况执法检查: a law a body acts on; and 徐州市政府印发的《…》，并根据《…专利法》:
        a clause after the title the body issued that acts on this one."""
        between = text_of(doc)[ents[k].end_char : ents[p].start_char]
        titles_between = [t.end_char for t in ents if t.label_ == "POLICY" and ents[k].end_char <= t.start_char
                          and t.end_char <= ents[p].start_char]
        after_another = text_of(doc)[max(titles_between) : ents[p].start_char] if titles_between else ""
        return ents[k].end_char <= ents[p].start_char and (
            (bool(_CARRYING_OUT.search(between) or _TITLES_IN_A_RUN.sub("", between).rstrip("《“").endswith(("对", "把"))
                  or _ACTED_ON.match(text_of(doc), ents[p].end_char))
             and not _ISSUE_VERB.search(between))
            or (between.rstrip("《“").endswith("通过") and _CERTIFIED_TO.match(text_of(doc), ents[p].end_char) is not None)
            or bool(_CLAUSE_BREAK.search(after_another) and _CARRYING_OUT.search(after_another)
                    and not _ISSUE_VERB.search(after_another)))

    orgs = sorted((k for k in links.children(p, "ISSUED_BY") if not guides(k) and not carries_out(k)), key=lambda k: ents[k].start_char)
    # 《…办法》进一步提高…: the title again, as its sentence's subject, issued by none of an earlier sentence's bodies
    if any(ents[k].start_char >= s for k in orgs) \
            or _TITLE_OPENING.fullmatch(text_of(doc), _SENTENCE_LEAD.match(text_of(doc), s).end(), ents[p].start_char):
        orgs = [k for k in orgs if ents[k].start_char >= s]
    orgs = [k for k in orgs if ents[k].start_char < ents[p].end_char or not issued_another(k)]  # 按照《…》和X印发的《…》
    if any(not issued_another(k) for k in orgs):
        orgs = [k for k in orgs if not issued_another(k)]
    if any(ents[k].end_char <= ents[p].start_char and _ISSUE_VERB.search(text_of(doc), ents[k].end_char, ents[p].start_char) for k in orgs):
        orgs = [k for k in orgs if ents[k].end_char <= ents[p].start_char]  # 按照市政府办公室印发的《…》，市知识产权局会同…
    own = _OWN_BODY_ISSUING.search(text_of(doc), s, ents[p].start_char)
    if own is not None and all(ents[k].end_char <= own.start() for k in orgs):
        return own.group(1)  # …，我局制定《…》: the reporting body itself, after another's titles
    before = [k for k, e in enumerate(ents) if e.label_ == "ORG" and s <= e.start_char < ents[p].start_char and not guides(k)]
    between = text_of(doc)[ents[before[-1]].end_char : ents[p].start_char] if before else ""
    if not orgs and before and (_ISSUE_VERB.search(between) or between == "《"):  # 贯彻落实国务院《…》
        orgs = [before[-1]]
    if not orgs and not before and _ISSUED_AGAIN.search(text_of(doc), s, ents[p].start_char):
        earlier = [k for k, e in enumerate(ents) if e.label_ == "POLICY" and e.end_char <= s]
        issuers = _issuer(doc, links, earlier[-1]) if earlier else None
        return issuers.split("、")[0] if issuers else None  # the subject, not the bodies it issued the other with
    if not orgs and not before and _ISSUE_VERB_OPENING.fullmatch(text_of(doc), s, ents[p].start_char):
        return _subject_issuing_the_part_before(doc, ents, s)
    if orgs:

        def listed(a: int, b: int) -> bool:  # only a list separator between organisations a and b, or 与 before 联合
            between = text_of(doc)[ents[a].end_char : ents[b].start_char]
            return bool(_LIST_SEPARATOR.fullmatch(between)
                        or (_JOINED_ISSUERS.fullmatch(between) and _JOINTLY.match(text_of(doc), ents[b].end_char)))

        for k in reversed([k for k in before if ents[k].start_char < ents[orgs[0]].start_char]):
            if not listed(k, orgs[0]):
                break
            orgs.insert(0, k)
        for k in [k for k in before if ents[k].start_char > ents[orgs[-1]].start_char]:
            if not listed(orgs[-1], k):
                break
            orgs.append(k)
        with_another = _OWN_BODY_WITH_ANOTHER.search(text_of(doc), s, ents[orgs[0]].start_char)
        if with_another is not None:
            return "、".join([with_another.group(1)] + [ents[k].text for k in orgs])
        own_after = _WITH_THE_OWN_BODY.match(text_of(doc), ents[orgs[-1]].end_char)
        if own_after is not None:
            return "、".join([ents[k].text for k in orgs] + [own_after.group(1)])
        if _JOINTLY_IN_A_CLAUSE_OF_ITS_OWN.search(text_of(doc)[s : ents[orgs[0]].start_char]):
            subject = _subject_opening_with_a_title(doc, ents, s) or _subject_issuing_the_part_before(doc, ents, s)
            if subject is not None and subject not in (ents[k].text for k in orgs):
                return "、".join([subject] + [ents[k].text for k in orgs])
    return "、".join(ents[k].text for k in orgs) or None


# 省知识产权局印发《…》，会同省高级人民法院、省司法厅出台…: bodies a clause with no subject of its own issues with
_JOINTLY_IN_A_CLAUSE_OF_ITS_OWN = re.compile(r"(?:^|[，,；;])\s*(?:并|还|同时)?(?:会同|联合)了?$")
_ISSUING_AFTER_ITS_NAME = re.compile(r"(?:先后|相继|分别|还|又)?" + _ISSUE_VERB.pattern)


def _subject_opening_with_a_title(doc: Doc, ents: list[Span], s: int, verb: re.Pattern = _ISSUING_AFTER_ITS_NAME) -> str | None:
    """The body that opens the sentence (or part) from ``s`` and issues a title in it, ``verb`` right after its name
    (省知识产权局先后印发《…》，会同…出台…)."""
    opening = _SENTENCE_LEAD.match(text_of(doc), s).end()
    body = next((e for e in ents if e.label_ == "ORG" and e.start_char == opening), None)
    return body.text if body is not None and verb.match(text_of(doc), body.end_char) else None


def _subject_issuing_the_part_before(doc: Doc, ents: list[Span], s: int) -> str | None:
    """省政府办公厅印发《…》（…），…提出22条具体举措；印发…: the body opening the ；-part before, in the same sentence,
    that issued a title there, for a part that issues one with no subject of its own; none across a full stop (a
    summary's items, whose subject is the unnamed author: …省政府发布《…》。出台…办法) nor for a partner (与…联合印发)."""
    sentence, _ = _sentence(doc, s, s, _FULL_STOP)
    earlier = [e for e in ents if e.label_ == "POLICY" and sentence <= e.start_char and e.end_char <= s]
    if not earlier:
        return None
    part, _ = _sentence(doc, earlier[-1].start_char, earlier[-1].end_char)
    return _subject_opening_with_a_title(doc, ents, part, _ISSUE_VERB)


def _is_unquoted_title(doc: Doc, span: Span) -> bool:
    """A title outside 《》 ends with the kind of document it is (…实施方案, …合作协议, …规划（2016—2020）),
    and is no counted noun (制定国际标准210项) nor a description of policies (强市建设相关政策措施, 专利资助、
    优势企业培育等一系列政策措施); a quoted slogan or brand (“十三五”以来, “锡林郭勒羊肉”) is none, nor the words of a
    body's deployment the model cut short (按照省知识产权局关于开展“十四五”知识产权规划中期评估工作的统一部署)."""
    return (
        bool(_TITLE_HEAD.search(span.text)) and not _DIGIT_AFTER.match(text_of(doc), span.end_char)
        and not _DESCRIBED_POLICIES.search(span.text) and not _DEPLOYMENT_AFTER.match(text_of(doc), span.end_char)
    )


# …规划中期评估工作的统一部署: the rest of a deployment's words after a title the model cut short, which make them a
# body's decision (not 按照国务院关于…总体方案的部署, the title whole)
_DEPLOYMENT_AFTER = re.compile(r"[\u4e00-\u9fff“”]{1,12}?的(?:统一)?(?:部署|要求|精神|安排)")


# 《行动计划》, 《条例》 (以下简称《行动计划》): a bare kind of policy is the short name of one named in full before
_SHORT_NAME_OF_A_POLICY = re.compile(
    r"(?:[一二三四五]年)?(?:实施|行动|工作|发展|管理|专项)?(?:条例|规划|纲要|办法|意见|方案|计划|细则|规定|措施|决定|指引|指南)"
)


def _policy_facts(doc: Doc, links: _Links, ctx: _Context) -> list[PolicyFact]:
    ents = links.ents
    facts = []
    for p, ent in enumerate(ents):
        if ent.label_ != "POLICY" or NOT_POLICY_TITLE.search(ent.text) or NOT_POLICY_FORM.search(ent.text) \
                or _SHORT_NAME_OF_A_POLICY.fullmatch(ent.text):
            continue
        if not text_of(doc).endswith("《", 0, ent.start_char) and not _is_unquoted_title(doc, ent):
            continue
        numbers = links.heads(p, "DOC_NO_OF")
        doc_no = ents[numbers[0]].text if numbers else None
        date_index = _nearest(ents, p, "DATE", doc)
        parsed_date = parse_date(ents[date_index].text) if date_index is not None else None
        date_value = parsed_date.resolve(ctx.said_in) if parsed_date else None
        year = policy_year(doc_no, date_value)
        region_index = links.child(p, "REGION_OF")
        region = None
        if region_index is not None:
            found = resolve_region(ents[region_index].text, within=ctx.region)
            region = found.to_json() if found else None
        if region is None:
            named = find_regions(ent.text, within=ctx.region, starts=word_starts(ent.text))
            region = named[0].to_json() if named else _region(doc, links, p, ctx)
        parts = [ent] + [ents[k] for k in numbers]
        whole_quoted = ent.text.startswith("“") and "”" not in ent.text  # 印发“…实施方案（2018―2020年）”, the model's span from “
        facts.append(
            PolicyFact(
                doc=ctx.doc,
                title=ent.text[whole_quoted:],
                issuer=_issuer(doc, links, p),
                doc_no=doc_no,
                date=date_value.iso() if date_value else None,
                year=year,
                region=region,
                evidence=_evidence(doc, parts),
            )
        )
    return facts


# 国内有效商标注册量排名前五的省份依次为广东、浙江、江苏…，分别为…; 排名前三的是武安市、涉县、魏县，分别为…; 排名前三的省份为…; 专利授权量居全市
# 前三位的依次为…, 有效注册商标拥有量前三位依次是…: a ranking list, whose order gives each value its place; 位列全省前五的还有…:
# more of the first few
_RANKING_LIST = re.compile(
    r"(全[国省市区州县])?[^，,。；;]{0,24}?(?:" + RANK_VERB
    + r")?(全[国省市区州县])?前([一二三四五六七八九十\d]+)[位名]?(?:的?[^，,。；;\d]{0,8}?依次(?:为|是)|的[^，,。；;\d]{0,4}?[为是]|的(还有))"
)


def _ranks_of_a_ranking_list(doc: Doc, links: _Links, ctx: _Context) -> dict[int, dict]:
    """The rank of each of the first few values listed in order after a ranking (排名前五的省份依次为广东、浙江、江苏，
    分别为…): its place in the list, or the number of the first few for those listed after 的还有, in the scope the ranking names, else the
    report's whole (全国 in a national report, 全省 in a province's), by the index of the value. The ranking's own
    RANK span, which the model links to one of them, is unlinked."""
    ents, text = links.ents, text_of(doc)
    ranks: dict[int, dict] = {}
    found = list(_RANKING_LIST.finditer(text))
    for m, after in zip(found, found[1:] + [None]):
        _, end = _sentence(doc, m.start(), m.end(), _FULL_STOP)
        end = min(end, after.start()) if after is not None else end
        first = int(parse_number(m.group(3)) or 0)
        listed = sorted((q for q, e in enumerate(ents) if e.label_ == "QUANTITY" and m.end() <= e.start_char < end
                         and (links.child(q, "REGION_OF") is not None or links.child(q, "VALUE_OF") is not None)),
                        key=lambda q: ents[q].start_char)[:first]
        scope = m.group(1) or m.group(2) or _whole_of(ctx.region)
        ranks.update({q: Rank(scope, first if m.group(4) else k + 1, bool(m.group(4)), "前" + m.group(3)).to_json()
                      for k, q in enumerate(listed)})
        for k, e in enumerate(ents):
            if e.label_ == "RANK" and m.start() <= e.start_char < m.end():
                links.unlink(k, "RANK_OF")
    return ranks

# 均居全省首位, 两项指标均居全省首位, 均进入全国前十位: a rank of every value before it
_EACH_HOLDS = r"[均都皆](?:继续|仍然?|已|稳定)?(?:" + RANK_VERB + r"|进入|跻身|处于)"
_EACH_RANKED = re.compile(_EACH_HOLDS + "?$")
# 两项指标均…, 三市均…: how many values before it a shared rank is of
_COUNT_RANKED = re.compile(r"([两二三四五六七八九十]|\d+)[项个市县区家所]")
# 三项指标均居全市首位: what follows a count of the values a shared rank is of
_VALUES_RANKED_AFTER_THEIR_COUNT = re.compile(r"(?:指标|数据)?" + _EACH_HOLDS)


def _counts_the_values_ranked(text: str, quantity: Span) -> bool:
    """…24.15件，三项指标均居全市首位: the count of the figures before it that share a rank, no value of its own."""
    return bool(_COUNT_RANKED.fullmatch(quantity.text)) and bool(_VALUES_RANKED_AFTER_THEIR_COUNT.match(text, quantity.end_char))


def _ranks_over_values(doc: Doc, links: _Links) -> dict[int, dict]:
    """The rank of each value a rank is shared by or listed over, where the model links it to one thing at most,
    by the index of the value: every value before a rank its sentence gives to each (…分别为153467件和81236件，均居
    全省首位; the last two before 两项指标均居…), each value of a 分别 list before a top rank (…分别为5.33万件、4.70万件
    和4.20万件，居全国前三位), and the n-th value before a list of places (分别居全省第一、二、三位), of the counts
    rather than of the shares of them after them, or after it where none is before (株洲、湘潭两市分列第二、三位，分别为
    1358件和1126件). Those ranks are unlinked from
    what the model linked them to, and so is any part of the list it tagged apart."""
    ents, text = links.ents, text_of(doc)
    ranks: dict[int, dict] = {}
    for r, ent in enumerate(ents):
        if ent.label_ != "RANK" or links.heads(r, "RANK_OF"):
            continue
        parsed = _rank(links, r)
        if parsed is None:
            continue
        s, e = _sentence(doc, ent.start_char, ent.end_char)
        opening, end = _sentence(doc, ent.start_char, ent.end_char, _CLAUSE_BREAK)
        since = max((x.end_char for x in ents if x.label_ == "RANK" and s <= x.start_char and x.end_char <= ent.start_char), default=s)
        values = [q for q, x in enumerate(ents) if x.label_ == "QUANTITY" and links.child(q, "VALUE_OF") is not None
                  and since <= x.start_char and x.end_char <= e and not _counts_the_values_ranked(text, x)]
        before = [q for q in values if ents[q].end_char <= ent.start_char]
        places = parse_rank_list(text[ent.start_char : end])
        lead = text[opening : ent.start_char]
        if len(places) >= 2:
            after = [q for q in values if ents[q].start_char >= end]
            ranked = before[-len(places):] if len(before) >= len(places) else after[: len(places)] if not before else []
            counts = before[-2 * len(places) : -len(places)]
            if len(counts) == len(places) and all(_is_percent(ents[q]) for q in ranked) and not any(_is_percent(ents[q]) for q in counts):
                ranked = counts  # …分别为2031件、1476件和1132件，分别占全省的9.5%、6.9%和5.3%，位列全省第二至第四位
            if len(ranked) < len(places):
                continue
            written = text[ent.start_char : end]
            written = written[: max(written.rfind("位"), written.rfind("名")) + 1] or ent.text  # the whole list: 全国第4和第6位
            ranks.update({q: parsed | {"position": p, "text": written} for q, p in zip(ranked, places)})
            for part in [k for k, x in enumerate(ents) if x.label_ == "RANK" and ent.start_char <= x.start_char and x.end_char <= end]:
                links.unlink(part, "RANK_OF")
        elif len(before) >= 2 and (_EACH_RANKED.search(lead) or parsed.get("top") and "分别" in text[s : ents[before[0]].start_char]
                                   and (parsed["position"] is None or len(before) <= parsed["position"])):
            count = _COUNT_RANKED.search(lead)
            n = int(parse_number(count.group(1)) or 0) if count else 0
            ranks.update({q: parsed for q in (before[-n:] if 2 <= n <= len(before) else before)})
            links.unlink(r, "RANK_OF")
    return ranks

def _whole_of(region: Region | None) -> str | None:
    """The words for the whole of a report's region: 全国, 全省, 全区 (an autonomous region's), 全市, 全州."""
    if region is None:
        return None
    if region.code == NATIONAL_CODE:
        return "全国"
    return "全" + region.name[-1] if region.name[-1] in "省市区州县盟旗" else None


# …新认定地理标志产品3个，数量位列全国首位; 专利授权量15.62万件，…，授权总量居全国第6位; 办理…案件3376件，…，办案量居全国
# 第二位: the count or amount of what was just named, bare or after a word of that indicator's or of handling its cases
_COUNT_OF_IT = re.compile(r"(\w{0,2}?)(?:数量|数目|总量|总数|规模|金额|总额|件数|案件数|量|数|额)")
_HANDLING = re.compile(r"办案|收案|结案|破案|立案|审结|办结|查处|获奖|查扣|受理|办理")


def _measure_named(indicator: str) -> str:
    """The words of what an indicator measures without those that name it whole or as registered: 融资总额, 质押融资金额
    and 质押融资登记金额 all end with 融资额."""
    return re.sub(r"总|登记", "", indicator).replace("金额", "额")


def _ranks_of_a_repeated_indicator(doc: Doc, links: _Links) -> None:
    """…专利权质押融资额52.6亿元，…，融资额居全省第2位 (…质押融资金额12.63亿元，…，惠及企业58家，融资总额居…): a rank of an
    indicator that has no figure and repeats the end (:func:`_measure_named`) of one named before in its sentence, or names the same measure (知识产权质押融资…，质押融资额居…) or only its
    count (数量位列…) of one not ranked yet, is that indicator's, whose value it ranks."""
    ents = links.ents
    for i, ent in enumerate(ents):
        if ent.label_ != "INDICATOR" or not links.heads(i, "RANK_OF") or links.heads(i, "VALUE_OF") or links.heads(i, "CHANGE_OF"):
            continue
        s, _ = _sentence(doc, ent.start_char, ent.end_char, _FULL_STOP)
        earlier = [j for j, e in enumerate(ents) if e.label_ == "INDICATOR" and s <= e.start_char and e.end_char <= ent.start_char
                   and links.heads(j, "VALUE_OF")]
        measured = _measure_named(ent.text)
        named = [j for j in earlier if ents[j].text.endswith(ent.text)
                 or (len(measured) >= 2 and _measure_named(ents[j].text).endswith(measured))]
        same = match_indicator(ent.text)
        alike = [j for j in earlier if same is not None and match_indicator(ents[j].text) == same]
        count = _COUNT_OF_IT.fullmatch(ent.text)
        if not named and not alike and count and earlier:
            breakdown = text_of(doc).rfind("其中", s, ent.start_char)  # 获奖3项，其中银奖1项、优秀奖2项，获奖数量居…: the total's
            counted = [j for j in earlier if ents[j].end_char <= breakdown] or earlier
            # …，获奖总数位列全省第二 after two kinds of award: the sum of both, no figure's
            if count.group(1) in ents[counted[-1]].text or (_HANDLING.fullmatch(count.group(1)) and len(counted) == 1):
                alike = counted[-1:]
        named = named or [j for j in alike if len(alike) == 1 and not links.heads(j, "RANK_OF")]
        part, _ = _sentence(doc, ent.start_char, ent.end_char, _SENTENCE_END)
        head = measured.rstrip("额量数")
        own = [j for j in earlier if ents[j].start_char >= part and head in ents[j].text]
        if len(head) >= 2 and len(own) == 1 and not any(ents[j].start_char >= part for j in named):
            # …质押融资额…分别实现6850万元、1.13亿元；2024年实现质押融资1.443亿元，…，融资额居渭南市第一位: the one figure
            # of its own ；-part whose words hold the measure's, not the earlier part's (nor none: 备案主体累计达到186家，…，
            # 备案主体数量居全省第4位)
            named = own
        if named:
            for r in list(links.heads(i, "RANK_OF")):
                links.unlink(r, "RANK_OF")
                links.add(r, max(named, key=lambda j: ents[j].start_char), "RANK_OF")


# …通过认证的企业达到47家，数量比上年增加了12家: a bare word for the count or amount of what was just counted
_BARE_COUNT = re.compile(r"数量|总量|总数|总额|金额")
# 其中[发明专利授权量]同比增长…: a name right after 其中
_AFTER_A_BREAKDOWN = re.compile(r"其中[，,]?$")


def _changes_of_an_indicator_named_again(doc: Doc, links: _Links) -> None:
    """A change of an indicator named again with no figure of its own is that of a figure before it in its sentence which
    has none yet: after 其中, of the one item of the list before whose words begin it (发明、实用新型、外观设计专利授权量
    分别为236件、1205件和206件，其中[发明专利授权量]同比增长27.6%); a bare count (:data:`_BARE_COUNT`), of the figure
    right before it in its ；-part (…企业达到47家，[数量]比上年增加了12家)."""
    ents, text = links.ents, text_of(doc)
    for i, ent in enumerate(ents):
        if ent.label_ != "INDICATOR" or not links.heads(i, "CHANGE_OF") or links.heads(i, "VALUE_OF"):
            continue
        owners: list[int] = []
        if _AFTER_A_BREAKDOWN.search(text, max(0, ent.start_char - 3), ent.start_char):
            s, _ = _sentence(doc, ent.start_char, ent.end_char, _FULL_STOP)
            owners = [j for j, e in enumerate(ents) if e.label_ == "INDICATOR" and s <= e.start_char
                      and e.end_char <= ent.start_char and ent.text.startswith(e.text) and links.heads(j, "VALUE_OF")]
        elif _BARE_COUNT.fullmatch(ent.text):
            last = _last_before_in_its_part(doc, ents, ent)
            owner = links.child(last, "VALUE_OF") if last is not None and ents[last].label_ == "QUANTITY" else None
            owners = [] if owner is None else [owner]
        if len(owners) == 1 and not links.heads(owners[0], "CHANGE_OF"):
            for g in list(links.heads(i, "CHANGE_OF")):
                links.unlink(g, "CHANGE_OF")
                links.add(g, owners[0], "CHANGE_OF")


# 在全省13个[设区市]中位列第3, 在15个[副省级城市]中列第9位: an indicator the model read in a rank's scope
_IN_A_RANKS_SCOPE = re.compile(r"(?:中|之中|内)" + RANK_VERB + "?")
# …21件，其中…16件、…5件，总量居全区第4位: the rank of the total a breakdown follows
_TOTAL_RANKED = re.compile(r"(?:总量|总数|总额|总体|合计)" + RANK_VERB + "?$")


def _values_misread_as_changes(doc: Doc, links: _Links) -> None:
    """Figures the model tagged GROWTH that are values: one between a year's 的 and 相比 (与2018年底的3.12万件相比，全区有效
    注册商标总量五年间增加3.73万件) is that year's, the value of the indicator its sentence goes on to
    (:func:`_year_right_before`); one that each place listed before it has (潍坊、烟台均超过20万件, :func:`_regions_each`)
    stays the value of the indicator it was linked to, if any."""
    ents, text = links.ents, text_of(doc)
    for g, ent in enumerate(ents):
        if ent.label_ != "GROWTH":
            continue
        base = bool(_BASE_BEFORE.search(text, max(0, ent.start_char - 12), ent.start_char) and _BASE_AFTER.match(text, ent.end_char))
        each = any(e.label_ == "REGION" and e.end_char < ent.start_char and _EACH.fullmatch(text, e.end_char, ent.start_char)
                   for e in ents)
        if not base and not each:
            continue
        indicator = links.child(g, "CHANGE_OF")
        if base:
            _, end = _sentence(doc, ent.start_char, ent.end_char, _FULL_STOP)
            after = [k for k, e in enumerate(ents) if e.label_ == "INDICATOR" and ent.end_char <= e.start_char < end]
            indicator = min(after, key=lambda k: ents[k].start_char) if after else indicator
        links.detach(g)
        ents[g] = doc.char_span(ent.start_char, ent.end_char, label="QUANTITY")
        if indicator is not None:
            links.add(g, indicator, "VALUE_OF")


def _ranks_misread_by_the_model(doc: Doc, links: _Links) -> None:
    """A rank the model linked to the places of its scope (每万人口…31.5件，较上年增加5.2件，在全省13个设区市中位列第3)
    is the value's before the scope; a rank of the total after a 其中 breakdown (…累计拥有地理标志21件，其中…16件、…5件，
    总量居全区第4位) is the total's, not the breakdown's last item's."""
    ents, text = links.ents, text_of(doc)
    for r, rank in enumerate(ents):
        linked = links.child(r, "RANK_OF")
        if rank.label_ != "RANK" or linked is None:
            continue
        s, _ = _sentence(doc, rank.start_char, rank.end_char)
        start = None
        if ents[linked].label_ == "INDICATOR" and _IN_A_RANKS_SCOPE.fullmatch(text, ents[linked].end_char, rank.start_char):
            start = text.rfind("在", s, ents[linked].start_char)  # before the scope
        elif _TOTAL_RANKED.search(text, s, rank.start_char) and "其中" in text[s : rank.start_char]:
            start = text.rfind("其中", s, rank.start_char)
        if start is None or start < 0:
            continue
        values = [q for q, e in enumerate(ents) if e.label_ == "QUANTITY" and s <= e.start_char and e.end_char <= start
                  and links.child(q, "VALUE_OF") is not None and not _not_a_measure(doc, e)]
        if values:
            links.unlink(r, "RANK_OF")
            links.add(r, links.child(max(values, key=lambda q: ents[q].start_char), "VALUE_OF"), "RANK_OF")


def assemble_facts(doc: Doc) -> list[Fact]:
    """All facts of one paragraph doc, in text order."""
    ctx = _context(doc)
    links = _Links(doc)
    _cut_spans_at_clause_breaks(doc, links, ctx)
    _cut_bodies_to_their_names(doc, links)
    _figures_tagged_as_dates(doc, links)
    _additions_tagged_as_indicators(doc, links)
    _aid_givers(doc, links)
    _verbs_cut_from_bodies(doc, links)
    _add_towns(doc, links, ctx)
    _add_zones(doc, links, ctx)
    _add_foreign_countries(doc, links)
    _add_topics(doc, links)
    _bodies_tagged_as_titles(doc, links)
    _add_unquoted_titles(doc, links)
    _numbers_after_their_titles(doc, links)
    _values_misread_as_changes(doc, links)
    _ranks_after_their_count(doc, links)
    _ranks_tagged_as_indicators(doc, links)
    _examples_before_their_kind(doc, links)
    _distribute_respectively(doc, links)
    _shares_to_their_subject(doc, links)
    _additions_to_an_indicator_with_no_value(doc, links)
    _link_orphans(doc, links)
    _changes_tagged_as_values(doc, links)
    _additions_with_no_total(doc, links)
    _places_to_their_figures(doc, links)
    _place_over_its_list(doc, links)
    _points_to_their_share(doc, links)
    _changes_to_the_value_before(doc, links)
    _changes_over_the_values_before(doc, links)
    _additions_to_the_running_totals(doc, links)
    _changes_of_the_figures_before(doc, links)
    _regions_respectively(doc, links, ctx)
    _changes_of_a_place_named_again(doc, links, ctx)
    _ranks_of_a_repeated_indicator(doc, links)
    _changes_of_an_indicator_named_again(doc, links)
    _ranks_misread_by_the_model(doc, links)
    value_ranks = _ranks_of_a_ranking_list(doc, links, ctx) | _ranks_over_values(doc, links)
    facts: list[Fact] = _indicator_facts(doc, links, ctx, value_ranks) + _policy_facts(doc, links, ctx)
    return sorted(facts, key=lambda f: (f.evidence.start, f.kind))
