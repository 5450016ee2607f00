"""Document structure: sections with their subject region and year.

A yearbook chapter has one section per province ("河北省"), a compilation one
per city report ("2015年绵阳市建设国家知识产权试点城市工作总结"), a table
export one per table title ("上海市2016-2017年工作绩效及2018年工作计划").
Inside a section, numbered headings (一、 （一） 1.) open subsections; one
that names a year sets it until the next top-level heading: a plan
("三、2016年工作重点") moves the year forward, a review in a speech or a
plan ("一、2012年工作回顾") back, and a plan that names none ("四、下一步工作
打算") means the year after the section's; and a
paragraph led by a region name ("广东：……", a yearbook's sidebar of other
provinces' news) moves the region until the next one. Later stages resolve
全省/我市/今年 against this.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from ipie.facts.numbers import parse_date
from ipie.normalize import CELL_SEPARATOR, POST_LINE, REPORT_KIND, TITLE_MAX, Paragraph, is_masthead, is_page_info
from ipie.regions import (
    REGIMENT_NUMBER, TOWN_NAME, Region, district_after_a_zone, find_region_spans, find_regions, is_inside, place_a_name_begins_with,
    resolve_region, town_named_at, towns_heading_rows, towns_named, zones_named_with_their_district,
)
from ipie.schema import DEVELOPMENT_ZONE, DOC_NO_YEAR, NATIONAL_BODY_PLACE, WE

# not 1935 in 21935件, nor the year of a document number (唐市监〔2024〕8号 above a review of 2023)
_YEAR = re.compile(r"(?<![\d〔［\[])((?:19|20)\d{2})(?:\s*[-—–―~至到]\s*((?:19|20)\d{2}))?(?![\d〕］\]])")
_CHINESE_YEAR = re.compile(r"[〇零一二][〇零一二三四五六七八九]{3}年")  # 二〇一二年
_REPORT_TITLE = re.compile(REPORT_KIND + r"|工作绩效|状况|总结|汇编|讲话|发布会|(?:推进计划|行动计划|实施方案|工作方案|规划)$")
ITEM_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[章节])")
_TOP_LEVEL = re.compile(r"^[一二三四五六七八九十]+、")
_PART = re.compile(r"^第[一二三四五六七八九十]+部分")
# the numbers a region lead is given (（一）兰山区：, 一、兰山区：, 三是兰陵县。) and the name after them
_PAREN_ITEM = r"[（(][一二三四五六七八九十]+[）)]"
_TOP_ITEM = r"[一二三四五六七八九十]+、"
_IS_ITEM = r"[一二三四五六七八九十]+是"
_LEAD_NAME = r"([^，。：:；、\s（）()]{2,12})"
_LEAD_MARKER = re.compile("(?P<paren>" + _PAREN_ITEM + ")|(?P<top>" + _TOP_ITEM + ")|(?P<is>" + _IS_ITEM + ")")
_REGION_LEAD = re.compile(
    "^(?:(?:" + _PAREN_ITEM + "|" + _TOP_ITEM + ")?" + _LEAD_NAME + "[：:]|" + _IS_ITEM + _LEAD_NAME + "[。：:，,])"
)
_ZONE_AT_END = re.compile(DEVELOPMENT_ZONE + "$")
_NATIONAL_BODY_PLACE = re.compile(NATIONAL_BODY_PLACE)
# 中国岫岩玉雕精品博览会, 中国义乌国际小商品博览会: an event the country's name opens, held in the place the report is about
_NATIONAL_EVENT_NAME = r"[\u4e00-\u9fff]{2,12}?(?:博览会|交易会|展览会|展销会|文化节|旅游节|艺术节|论坛|峰会|大赛)"
_NATIONAL_EVENT = re.compile("中国(?=" + _NATIONAL_EVENT_NAME + ")")
_LEAD_NAME_MAX = 12  # a county's name on a line of its own is short (延边朝鲜族自治州 at most)
# 2018年全国知识产权工作情况, 中国知识产权保护状况, 国家知识产权局2024年第一季度例行新闻发布会: a report on the
# whole country (not 中国（浦东）…中心, nor an event the country's name opens)
_NATIONAL_TITLE = re.compile(r"^(?:(?:19|20)\d{2}年度?)?(?:(全国|我国|中国(?![（(])(?!" + _NATIONAL_EVENT_NAME + r"))|国家(?:知识产权局|市场监督管理总局|市场监管总局|版权局))")
# “十二五”知识产权工作总结, 一、“十二五”时期主要成效, “十三五”知识产权事业发展情况回顾: a five-year plan's period
# under review (not 谋划“十四五”发展, 编制“十三五”规划, “十四五”知识产权发展规划)
_PLAN_PERIOD = re.compile(
    r"十[一二三四五]五(?=[”\"]?(?:时期|期间|以来|末|(?:知识产权)?(?:事业)?(?:发展)?(?:工作|情况|成就|成效|回顾|总结)))"
)
# “十四五”以来: a plan's period from its start up to the day of writing, which may come before its end
_SINCE_A_PLAN_BEGAN = re.compile(_PLAN_PERIOD.pattern + r"[”\"]?以来")
# a heading of the work ahead that names no year (四、下一步工作打算): the year after the section's,
# unless it is the rest of the same year (三、下半年工作打算, 第四季度工作安排)
_NEXT_YEAR_PLAN = re.compile(r"下一步|下步|下一年|下阶段|明年|来年|打算")
_PAST_YEAR = re.compile(r"过去一年|去年|上一年|上年度")
# 一、肯定成绩，正视差距 with 去年是“十四五”规划的收官之年。… under it: a part that opens on the year past reviews it
_OPENS_ON_THE_YEAR_PAST = re.compile(r"^(?:去年|过去的?一年)")
# 八、“十四五”目标完成情况及下一步工作: a review first, whose figures are the section's year, the plan after it
# dating its own (2024年，我市将…)
_REVIEW_BEFORE_PLAN = re.compile(r"(?:完成情况|进展情况|回顾|总结|成效)[^，。]*?(?:及|和|与|暨)")
# （一）存在问题, （一）问题与不足: the shortcomings of the year under review, under a heading that also names the plan
_PROBLEMS = re.compile(r"存在(?:的)?(?:主要)?问题|问题(?:和|与|及)不足|困难(?:和|与)问题|不足之处")
# 二、清醒认识存在的差距: a part on shortfalls
_SHORTFALL_HEADING = re.compile(r"差距|问题|不足|短板")
# 总体看，全市知识产权工作仍存在一些短板：, 但也面临一些困难和问题。: a paragraph on the shortcomings of the year under review
_SHORTCOMINGS_LEAD = re.compile(r"[^。：:]{0,30}?(?:存在|仍有|还有|面临)[^。：:]{0,10}?(?:短板|不足|问题|差距|困难|薄弱环节)")
_REST_OF_THE_YEAR = re.compile(r"下半年|第?[三四]季度|年内|今年")
# a review of the first months of its year (2023年前三季度专利数据统计分析, 2024年1—6月…): the work ahead is the year's rest
_PART_OF_THE_YEAR = re.compile(r"前[一二三]季度|[一二三]季度|上半年|1[—―–\-~至到](?:[1-9]|1[01])月|月报|季报")  # 知识产权统计月报
# 2021年知识产权工作新闻发布会实录, 政府工作报告: words said on a later day (2022年4月24日上午，…举行), whose 去年 is
# the year under review
# 《…三年行动计划（2023—2025年）》实施情况中期评估报告: the period of a plan a report reviews is not the report's
_QUOTED_TITLE_REVIEWED = re.compile(r"[《〈][^》〉]*[》〉](?=\S)")
# 关于市政协…第0156号提案的答复, …第127号提案答复的函: signed and dated at its foot
_LETTER_TITLE = re.compile(r"(?:提案|建议|议案)的?答复|复函")
_TRANSCRIPT = re.compile(r"发布会|实录|访谈|答记者问|政府工作报告")
# 记者 陈雅琴　通讯员 林志斌, 本报讯, 记者从市市场监督管理局获悉, 来源：满洲里日报 作者：记者 赵雪莹, or an official account's
# post (原创 如皋市场监管 2024-04-26 07:58 发表于江苏, 景洪市场监管 2025年04月26日 09:30 云南): a news story, written on the day
# its page gives, as is one a paper is named the source of (来源：岳阳日报记者李湘君) or whose reporter signs it (丹东日报记者 ×××,
# 来源：贞丰县融媒体中心　记者 韦丽娟)
_NEWS_STORY = re.compile(r"^(?:记者|通讯员)[\s\u3000]|本报讯|记者从.{2,30}?(?:获悉|了解到)|作者[：:]\s*(?:本报)?记者"
                         r"|来源[：:]\s*[\u4e00-\u9fff]{1,10}?(?:日报|晚报|时报|商报)|来源[：:][^。，]{2,30}?记者|^[\u4e00-\u9fff]{1,8}?(?:日报|晚报|时报|商报)\s*记者"
                         r"|^原创.{0,40}?(?:19|20)\d{2}-\d{1,2}-\d{1,2}|" + POST_LINE)
# a speaker's label before their words in a transcript: 王海涛：, 答（王海涛）：, 主持人 赵雪：, 东辽县市场监督管理局局长刘春梅：,
# 记者提问（吉林电视台）：
_SPEAKER_LABEL = re.compile(
    r"^(?:答|回答)?[（(【\[]?([^，。；、,;：:（）()【】\[\]]{2,24}?)[）)】\]]?(?:[（(][^）)]{2,20}[）)])?[：:]"
)
_ASKING = re.compile(r"记者|提问|问$")
# 答：…, an answer whose speaker the host named in the line before (这个问题请北乡镇副镇长刘志强回答。)
_ANSWER = re.compile(r"(?:答|回答)[：:]")
_CALLED_ON = re.compile(r"请([^，。；：！？]{2,40}?)(?:回答|作答|解答|介绍)")
# the words before a speaker's name that say who they are: …；东丰县人民政府党组成员、副县长王海涛；, 下面，请东丰县…副县长王海涛介绍
_SPEAKER_ROLE = re.compile(
    r"(?:^|[，。；：！？,;:!?\s])(?:请|由|邀请)?([^，。；：！？,;:!?\s]{2,40}?(?:长|主任|书记|负责人|主席|委员|专员|巡视员|调研员))$"
)
# ——2024年8月27日在岳阳市第九届人民代表大会常务委员会第二十一次会议上: a report delivered at a meeting, said on that day
_DELIVERED = re.compile(r"^[—―－\-]*\s*(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月\d{1,2}日在.{2,60}?(?:会议|大会|论坛|座谈会)上")
# 政府工作报告 delivered early in a year (——2024年1月9日在…人民代表大会…上): a review of the year before
_GOVERNMENT_WORK_REPORT = re.compile(r"政府工作报告")
# 国家知识产权局2024年第一季度例行新闻发布会: the date of a routine press conference is the meeting's, not the
# period its figures are of
_ROUTINE_CONFERENCE_DATE = re.compile(r"(?:19|20)\d{2}年(?:第[一二三四]季度|\d{1,2}月份?)?例行新闻发布会")
# a paragraph that opens with the year its targets are for (到2025年，…; 力争到2025年底，…; 《实施方案》提出，到2026年，…)
_PLAN_LEAD = re.compile(r"^(?:[^，。；,;]{1,12}[，,])?(?:力争)?(?:到|至)((?:19|20)\d{2})年(?:底|末)?[，,]")
# 2025年，我们将深入贯彻…: a later year's work announced, whose targets the paragraph right after it may set out, opening
# with its aim (力争全年专利授权量达到2000件以上); not the paragraphs after that (a press conference's next turn on this year)
_PLAN_OPENING = re.compile(r"^((?:19|20)\d{2})年[，,][^，。；,;]{0,8}?(?:将|要|计划|拟)")
_AIM_OPENING = re.compile(r"^(?:力争|争取|确保)")
# …，2024—2025年重点做好以下工作：一是…, the work item by item, in the paragraph or after it: the targets of
# the items are of the period's end
_AS_FOLLOWS = r"(?:以下|如下)[^，。；：,;:]{0,6}[：:]"  # …重点做好以下工作：, …情况如下：
_PLAN_LIST_LEAD = re.compile(r"(?:(?:19|20)\d{2}[—―–-])?((?:19|20)\d{2})年[^，。；：,;:]{0,12}" + _AS_FOLLOWS)
# 答：谢谢。今年，我们将以…为牵引，重点抓好以下工作。, 今年是…的收官之年，我们将重点抓好以下几项工作：: a turn to this
# year's work, said in a later year than the one reviewed, dates the targets in the paragraphs after it
# 今年, 明年 or 去年 in a heading of words said after the year under review: the year counted from the day they were said
_SAID_YEAR_IN_A_HEADING = re.compile(r"(今年|新的一年)|(明年)|(去年|过去一年)")
_SAID_YEAR_LIST_LEAD = re.compile(r"(?:^|[。：:])\s*(?:(今年)|(明年))[，,是][^。]*?(?:以下|如下)[^，。；：,;:]{0,6}[：:。]$")
# 会议指出，2024年，全州…: a meeting of a later year (迪庆州召开2025年知识产权工作推进会) reviewing the year before, whose
# figures run on in the paragraphs after it (一是…, 二是…) until a paragraph opens with another year (会议强调，2025年是…)
_REVIEW_LEAD = re.compile(r"^(?:会议|会上|报告|讲话)[^，。：:]{0,8}?(?:指出|认为|总结|回顾|通报|强调)[，：:]\s*((?:19|20)\d{2})年度?[，,]")
# 密山市2024年知识产权工作要点 / 2023年，全市知识产权工作…: a plan's title on a line of its own, and the year before reviewed
# right under it, in the paragraphs after it too (运用方面，全年…) up to the plan's first heading
_PLAN_TITLE = re.compile(r"(?:19|20)\d{2}年度?[^，。；：,;:]{0,20}(?:要点|计划|安排|方案|打算|思路)$")
_OPENING_REVIEW = re.compile(r"^((?:19|20)\d{2})年度?[，,]")
# a plan's title (…三年行动计划（2024—2026年）, …发展规划) and its part on where things stand before it (一、基本情况, 一、发展基础)
_PLAN_KIND = re.compile(r"计划|规划|方案|要点")
_BASELINE_HEADING = re.compile(r"基本情况|发展基础|工作基础|发展现状|现状|背景")
# 力争, 确保, 目标: the year ahead's aims, which end a review's run of paragraphs
_AIMING = re.compile(r"力争|争取|确保|目标")
# 2025年1—5月，全市知识产权主要指标运行情况如下：, a dated lead whose list items, one per paragraph, follow it up to the
# first that ends with 。
_DATED_LIST_LEAD = re.compile(
    r"((?:19|20)\d{2})年(?:\d{1,2}(?:[—―–-]\d{1,2})?月(?:份|底|末)?|[一二三四]季度|上半年|前三季度)?[，,][^。；：,;:]{0,30}?"
    + _AS_FOLLOWS + "$"
)
# the body that signs a letter at its foot: 广元市市场监督管理局（广元市知识产权局）, 南京市人民政府办公厅
_SIGNING_WORD = r"(?:局|厅|委员会|委|政府|办公室|中心|政协|人大常委会|调研组|视察组)"
_SIGNING_BODY = re.compile(_SIGNING_WORD + r"(?:[（(][^）)]{2,20}[）)])?$")
# a year on a line of its own, heading a chronicle's entries
_YEAR_HEADING = re.compile(r"(?:19|20)\d{2}年度?")
# a heading of the year ahead's work on a line of its own, with no number (2023年工作打算), also a post's
# numbered one (🚀 06 | 2024 展望)
_DATED_PLAN_HEADING = re.compile(
    r"^(?:[^\w]*\d{1,2}\s*[|｜]\s*)?(?:19|20)\d{2}年?度?[^，。；：,;:]{0,10}(?:打算|计划|思路|要点|安排|任务|目标|展望)$"
)
# 平泉年鉴（2019）, 中国知识产权年鉴2019: a yearbook is named for the year it comes out in, and records the year before
_YEARBOOK = re.compile(r"年鉴\s*[（(]?\s*((?:19|20)\d{2})(?!\d)")
_DAY = re.compile(r"((?:19|20)\d{2})(?:年(\d{1,2})月\d{1,2}日|-(\d{1,2})-\d{1,2})")
# 由2019年的6120件增至2023年的14835件: the year a change starts from, which is not the one a paragraph is of
_CHANGE_FROM_A_YEAR = re.compile(r"[由从](?:19|20)\d{2}年[末底]?的")
# how many first lines may give the day a text was delivered: a web page's site menu comes before it
_FRONT_LINES = 12
# how many first lines may hold the line that says where and when a report was delivered, or a news story's source and
# day, under a web page's menus
_DELIVERY_LINES = 30


@dataclass
class Section:
    """A run of paragraphs about one region in one reporting period."""

    index: int
    title: str
    start_paragraph: int
    end_paragraph: int  # exclusive
    region: Region | None
    year: int | None
    heading_years: dict[int, int] = field(default_factory=dict)  # paragraph index → year its heading names
    lead_regions: dict[int, Region] = field(default_factory=dict)  # paragraph index → region of a "广东：" lead
    spoken_year: int | None = None  # a transcript's later year, which its 今年/去年 count from
    spoken_month: int | None = None  # and the month of that day, which a yearless 截至3月底 of it is within
    first_year: int | None = None  # the first year of a period under review (“十三五”…回顾: 2016), whose last is ``year``
    zone_districts: dict[str, Region] = field(default_factory=dict)  # zones the document names with their district
    towns: dict[str, Region] = field(default_factory=dict)  # towns heading a row of the document's tables, by stem
    towns_named: dict[str, Region] = field(default_factory=dict)  # towns the document names anywhere, by stem
    towns_before: dict[int, Region] = field(default_factory=dict)  # paragraph index → the town its part opened a paragraph on
    report_town: Region | None = None  # the town a report is of (a company's in it, a town government's own), whose figures its unplaced ones are
    case_towns: dict[int, Region] = field(default_factory=dict)  # paragraph index → the town its case's heading opens on or
    # its first paragraphs place the case's party in

    @property
    def id(self) -> str:
        return f"s{self.index:02d}"

    def year_of(self, paragraph: int) -> int | None:
        """The year a paragraph speaks about: its subsection heading's year, else the section's."""
        return self.heading_years.get(paragraph, self.year)

    def region_of(self, paragraph: int) -> Region | None:
        """The region a paragraph speaks about: the last region-led paragraph's, else the section's."""
        return self.lead_regions.get(paragraph, self.region)


def _dated_spans(text: str) -> list[list[int]]:
    """The years of each date a title or heading names, in order, in digits or in Chinese numerals
    (二〇一二年); a range or a five-year plan under review as its first and last year
    (“十二五”知识产权工作总结和2016年工作要点 → [2011, 2015], [2016])."""
    found = []
    for m in _YEAR.finditer(text):
        found.append((m.start(), [int(y) for y in m.groups() if y]))
    for m in _CHINESE_YEAR.finditer(text):
        found.append((m.start(), [parse_date(m.group()).year]))
    for m in _PLAN_PERIOD.finditer(text):
        period = parse_date(m.group())
        found.append((m.start(), [period.year, period.year_end]))
    return [years for _, years in sorted(found)]


def _years(text: str) -> list[int]:
    """The years a title or heading names, in order (a range as its first and last year)."""
    return [year for years in _dated_spans(text) for year in years]


def _heading_years(text: str, year: int | None) -> list[int]:
    """The years a heading names, a plan's period “since it began” only up to the section's year (一、“十三五”以来主要工作成效
    in a review signed in 2019: 2016 to 2019, not 2020)."""
    named = _years(text)
    if year is not None and named and _SINCE_A_PLAN_BEGAN.search(text) and named[0] <= year < named[-1]:
        return [*named[:-1], year]
    return named


def _heading_year(text: str, year: int | None, part_of_the_year: bool = False) -> int | None:
    """The last year a heading names, or the year after the section's for the work ahead
    (四、下一步工作打算, not after a review: 八、目标完成情况及下一步工作) and the section's for the rest of its year
    (三、下半年工作打算, or 七、下一步工作打算 in a review of its first three quarters), the year before for the year past
    (一、过去一年工作回顾, in a speech early in the next), or none."""
    named = _heading_years(text, year)
    if named:
        return named[-1]
    if year is not None and _PAST_YEAR.search(text):
        return year - 1  # 一、充分肯定过去一年…的成绩 in a speech of 2024: the review of 2023
    if year is None or not _NEXT_YEAR_PLAN.search(text) or _REVIEW_BEFORE_PLAN.search(text):
        return None
    return year if part_of_the_year or _REST_OF_THE_YEAR.search(text) else year + 1


def _year_past_opening(first: list[Paragraph], year: int | None) -> int | None:
    """The year before the section's where the first paragraph under a heading naming no year opens on the year past
    (一、肯定成绩，正视差距 / 去年是“十四五”规划的收官之年。…, in a speech of March 2026: the review of 2025), else None."""
    if year is None or not first or not _OPENS_ON_THE_YEAR_PAST.match(first[0].text):
        return None
    return year - 1


def _is_subheading(text: str) -> bool:
    """一、… （一）… 1.… as a heading line, not a numbered sentence; a line of one short sentence is one too (（一）去年这本账，
    总体是好看的。)."""
    return bool(ITEM_NUMBER.match(text)) and len(text) <= 40 and not text.endswith(("；", "）", ")")) \
        and (not text.endswith("。") or (len(text) <= _ONE_SENTENCE_HEADING_MAX and text.count("。") == 1))


_ONE_SENTENCE_HEADING_MAX = 24


def _run_in_heading(text: str) -> str | None:
    """四、下一步工作打算。今年以来，…: a top-level heading of one short sentence run into its paragraph (a Word report's bold
    lead), or None."""
    end = text.find("。") + 1
    return text[:end] if _TOP_LEVEL.match(text) and 0 < end <= _ONE_SENTENCE_HEADING_MAX < len(text) else None


def _section_region(title: str) -> Region | None:
    """The first region a title names; a national body's is its place (中国（南京）知识产权保护中心 → 南京市), a zone's
    the district in brackets after its name (杭州高新区（滨江） → 滨江区)."""
    title = _NATIONAL_EVENT.sub("", _NATIONAL_BODY_PLACE.sub("", title))
    found = find_region_spans(title)
    if not found:
        return None
    aided = len(found) > 1 and _AIDING.search(title, found[0][1], found[1][0]) is not None
    start, end, region = found[1] if aided else found[0]  # 北京市对口支援玉树市…工作情况报告: the aided place's report
    inner = place_a_name_begins_with(title[end:], region) if _COMPANY_REPORT.search(title) else None
    if inner is not None and inner[0] == 0:
        return inner[2]  # 贵州福泉磷源化工有限公司…报告: the county a company's name gives after its province
    return district_after_a_zone(title[start:], region) or find_regions(title[start:])[0]


# what one place does for another it is paired with (北京市对口支援玉树市, 广东省东西部协作汶川县, 河北省…援藏工作队札达县工作组)
_AIDING = re.compile(r"对口支援|对口帮扶|对口援助|对口协作|对口合作|东西部协作|东西部扶贫协作|援建|帮扶|援助|援藏|援疆|援青")


def _lead_region(text: str, within: Region | None) -> Region | None:
    """广东：广东省知识产权工作会议…… → 广东省: a paragraph labelled with the region it reports on, also as a
    numbered item (（一）兰山区：全区…, 三是兰陵县。全县…), and a county's name on a line of its own in its
    city's report (沂南县); a name shared by several units is the one inside the section's region (河东区)."""
    m = _REGION_LEAD.match(text)
    if m is None and (within is None or len(text) > _LEAD_NAME_MAX):
        return None
    name = _lead_label(m) if m else text
    found = find_regions(name, within=within) if within is not None else []
    region = found[0] if found and found[0].text == name else _section_region(name)
    if region is None or region.text != name:
        return None
    return region if m or is_inside(region, within) else None


def _lead_label(m: re.Match) -> str:
    return next(g for g in m.groups() if g)


def _ends_the_lead(text: str, lead_marker: str | None) -> bool:
    """A paragraph after which a region lead no longer holds: a top-level heading or part (三、2024年工作打算
    after the counties' parts), or an item labelled with something else than a region, numbered like the
    lead (（二）知识产权保护… after （一）兰山区：) or naming a zone, whose figures are the section's region's
    (（五）临沂高新区：全区… after 四是蒙阴县。), or a heading of the lead's level or above (（五）优化评估和登记服务 after
    a list of regions' bullets)."""
    if (_TOP_LEVEL.match(text) and _is_subheading(text)) or (_PART.match(text) and len(text) <= 40):
        return True
    m = _REGION_LEAD.match(text)
    if m is None:
        return _is_subheading(text) and _MARKER_RANK.get(_lead_marker(text), 2) <= _MARKER_RANK.get(lead_marker, 3)
    return _lead_marker(text) == lead_marker or bool(_ZONE_AT_END.search(_lead_label(m)))


# how high a number puts a heading or lead: 一、 above （一） above 一是 and 1., above a lead with no number (a bullet's)
_MARKER_RANK = {"top": 0, "paren": 1, "is": 2}


def _lead_marker(text: str) -> str | None:
    """The kind of number a lead is given: （一）, 一、, 一是, or none."""
    m = _LEAD_MARKER.match(text)
    return next((kind for kind, g in m.groupdict().items() if g), None) if m else None


# 牡丹江市市场监督管理局：, a report's addressee on the line under its title (not 江阴市人民政府市长各位代表：, a speaker, then those
# addressed)
_ADDRESSEE = re.compile(r"[^，。；：:]{2,30}(?:局|委员会|常委会|政府|办公室|厅|部|院|委)[：:]")
# 保山日报社主办 at the top of a prefecture's news site: who runs the site, not who wrote the story on it
_SITE_HOST = re.compile(r"(?:主办|承办|协办|版权所有)$")


# 第八师, 第十师: a 兵团 division, written before the city it governs as one (第八师石河子市)
_DIVISION = re.compile(r"第" + REGIMENT_NUMBER + "{1,3}师")


def _region_a_line_opens_with(text: str) -> Region | None:
    """内蒙古自治区知识产权局, （吴川市）: the region a short line of its own (no sentence) starts with, as a body's name does, or
    names alone in brackets; not the body a report is addressed to (牡丹江市市场监督管理局：), nor the one a web site is run
    by (保山日报社主办)."""
    if len(text) > 40 or text.endswith(("。", "；", "，")) or _ADDRESSEE.fullmatch(text) or _SITE_HOST.search(text):
        return None
    region = _section_region(text)
    # （吴川市） under a form's title: the applicant's name in brackets on a line of its own; 第十师北屯市市场监督管理局: a
    # 兵团 division's number before the city it is one with
    division = _DIVISION.match(text)
    opening = 1 if text.startswith(("（", "(")) and text.endswith(("）", ")")) else division.end() if division else 0
    return region if region is not None and text.startswith(region.text, opening) else None


def _speaker(text: str) -> str | None:
    """The label a transcript's paragraph opens with, naming who speaks (王海涛, 东丰县副县长王海涛, 记者提问), or None."""
    m = _SPEAKER_LABEL.match(text)
    if m is None:
        return None
    return m.group(1).split()[-1].removeprefix("主持人") or "主持人"  # 主持人 赵雪 (or 主持人赵雪) is 赵雪


def _speaker_regions(paragraphs: list[Paragraph], within: Region | None) -> dict[str, Region | None]:
    """Each speaker of a transcript with the region they speak for: the town, or the unit inside the report's region, that their
    label or the words introducing them open with (发布人：…；东丰县人民政府党组成员、副县长王海涛；), so that a county
    official's 全县 is their county's; None for the report's own officials, the host and the reporters."""
    text = "\n".join(p.text for p in paragraphs)
    speakers: dict[str, Region | None] = {}
    for p in paragraphs:
        name = _speaker(p.text)
        if name is None or name in speakers:
            continue
        speakers[name] = None
        if _ASKING.search(name) or within is None:
            continue
        roles = [name] + [role.group(1) for found in re.finditer(re.escape(name), text)
                          if (role := _SPEAKER_ROLE.search(text, 0, found.start()))]
        placed = next((role for role in roles if town_named_at(role) or _region_a_line_opens_with(role) is not None), None)
        if placed is not None:
            speakers[name] = _region_a_role_speaks_for(placed, within)
    return speakers


def _region_a_role_speaks_for(role: str, within: Region) -> Region | None:
    """东丰县人民政府党组成员、副县长王海涛, 北乡镇副镇长刘志强: the town or the county-level unit inside the report's region that an
    official's role opens with; ``None`` for the report's own officials."""
    town = town_named_at(role)
    if town is not None:
        return town[1]
    region = _region_a_line_opens_with(role)
    return region if region is not None and region.code != within.code and is_inside(region, within) else None


def _region_of_the_one_called_on(text: str, within: Region | None) -> Region | None:
    """主持人：这个问题请北乡镇副镇长刘志强回答。 / 答：…: the town, or the county inside the report's region, that the official
    the host calls on to answer speaks for; ``None`` for the report's own officials."""
    called = _CALLED_ON.search(text)
    return _region_a_role_speaks_for(called.group(1), within) if called is not None and within is not None else None


def _byline_region(paragraphs: list[Paragraph]) -> Region | None:
    """2017年全区知识产权工作总结 / 内蒙古自治区知识产权局: a title that names no region is
    followed by the line of the body that wrote it, which starts with the region's name (not a site's menu item: 成都)."""
    return next((region for k, p in enumerate(paragraphs[:3])
                 if not _in_a_menu(paragraphs, k) and (region := _region_a_line_opens_with(p.text)) is not None), None)


def _is_a_letter(paragraphs: list[Paragraph]) -> bool:
    """A reply to a proposal, or a report addressed to a body (关于…的审计报告 / 县人民政府：): a letter, signed at its foot by
    the body that writes it."""
    return any(_LETTER_TITLE.search(p.text) or _ADDRESSEE.fullmatch(p.text) for p in paragraphs[:_FRONT_LINES])


def _signature_region(paragraphs: list[Paragraph]) -> Region | None:
    """…广元市市场监督管理局（广元市知识产权局） / 2025年6月18日: a letter whose head names no region is signed at its foot
    by a body whose name starts with the region's."""
    return next((region for p in paragraphs[:-_FRONT_LINES - 1:-1]
                 if _SIGNING_BODY.search(p.text) and (region := _region_a_line_opens_with(p.text)) is not None), None)


def _dated_stories(paragraphs: list[Paragraph]) -> dict[int, tuple[int, int]]:
    """A page of news items (工作动态), each a headline over the day it was published (2023-09-20, 2022年3月10日), or of
    a message board's messages, each a title over the day it was asked: the headlines' paragraphs and their days' years and
    months, where the page holds three such items or more."""
    found = {}
    for k in range(len(paragraphs) - 1):
        text = paragraphs[k].text
        joined = _STORY_DAY_AT_END.search(text)  # the headline and its day on one line, the normaliser having joined them
        day = joined if joined and joined.start() > 0 else _STORY_DAY.fullmatch(paragraphs[k + 1].text)
        headline = text[: joined.start()] if joined is not None and day is joined else text
        if day and _is_headline(headline):
            found[k] = (int(day.group(1)), int(day.group(2) or day.group(3)))
        elif _MESSAGE_TITLE.match(text):  # a message board's 标题：… over 留言人, 留言时间：2023-04-11 09:26:37, then the reply
            asked = next((m for p in paragraphs[k + 1 : k + 1 + _MESSAGE_FIELDS] if (m := _ASKED_ON.match(p.text))), None)
            if asked is not None:
                found[k] = (int(asked.group(1)), int(asked.group(2) or asked.group(3)))
    return found if len(found) >= _STORIES_ON_A_PAGE else {}


_STORIES_ON_A_PAGE = 3


def _is_headline(text: str) -> bool:
    """A story's or a bulletin item's headline: a short line that ends no sentence or clause, and no page's field (来源：…)
    nor a signature's unit."""
    return 0 < len(text) <= TITLE_MAX and not text.endswith(("。", "；", "，", "：", ":")) \
        and not _NOT_A_HEADLINE.search(text) and not _SIGNING_BODY.search(text)


# a page's fields (来源：…, 发布时间：…) and a signature's unit over its day: no headline
_NOT_A_HEADLINE = re.compile(r"(?:来源|发布(?:时间|日期|机构)?|作者|编辑|文号|日期|时间)[：:]")


# a day on a line of its own: 2023-09-20, 2022年3月10日, with a time after it (2023-09-20 10:26)
_DAY_OF_A_STORY = r"\s*(?:发布(?:时间|日期)[：:]\s*)?" + _DAY.pattern + r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*"
_STORY_DAY = re.compile(_DAY_OF_A_STORY)
_MESSAGE_TITLE = re.compile(r"(?:标题|主题|留言标题)[：:]")
_ASKED_ON = re.compile(r"(?:留言|来信|提问|咨询)(?:时间|日期)[：:]" + _DAY_OF_A_STORY)
_MESSAGE_FIELDS = 5  # 留言编号, 留言人, 留言时间 under a message's title
# 留言时间：…, 回复时间：…: the days a message was asked and answered, which no year under review is voted by
_MESSAGE_DAY = re.compile(r"(?:留言|来信|提问|咨询|回复|答复)(?:时间|日期)[：:]")
_STORY_DAY_AT_END = re.compile(_DAY_OF_A_STORY + "$")


def _headline_region(title: str) -> Region | None:
    """2022年广州知识产权“成绩单”来了！: the first line of a file that names no report kind (a news article's
    or a post's headline) still names the region the text is about, when it names one on the subject (or one whose
    trademarks or patents it is about)."""
    if len(title) > TITLE_MAX or title.endswith("。"):
        return None
    region = _section_region(title)
    if region is None or "知识产权" in title:
        return region
    at = title.find(region.text)  # 洱源县商标品牌和地理标志“成绩单”来了！ (not …专利授权量居长春市各县（市）首位)
    return region if at >= 0 and _IP_RIGHT.match(title, at + len(region.text)) else None


# the rights a headline on one kind of intellectual property names
_IP_RIGHT = re.compile(r"专利|商标|地理标志|版权")


# 2024年福安…: the year a headline may open with
_YEAR_BEFORE_A_NAME = r"(?:(?:19|20)\d{2}年度?)?"


def _interviewees_region(title: str, paragraphs: list[Paragraph]) -> Region | None:
    """让“凤城老窖”和“凤城板栗”叫得更响——访凤城市市场监督管理局局长×××: an interview is about the place of the official it
    visits, not that of the paper whose reporter's byline follows (丹东日报记者) nor of one its questions call 咱们吉林市;
    the subtitle may stand on a line of its own under a web page's menus and the headline again."""
    lines = [title] + [p.text for p in paragraphs[:_DELIVERY_LINES] if p.text.startswith("——")]
    return next((region for line in lines if (visit := _INTERVIEW_SUBTITLE.search(line))
                 and (region := _region_a_line_opens_with(visit.group(1))) is not None), None)


# ——访凤城市市场监督管理局局长×××: the official an interview visits
_INTERVIEW_SUBTITLE = re.compile(r"——\s*(?:专)?访([\u4e00-\u9fff（）]{2,40}?)(?:党组书记|局长|书记|主任|县长|市长|区长|负责人)")


def _short_name_region(title: str, paragraphs: list[Paragraph]) -> Region | None:
    """福安知识产权这一年｜2024年度盘点: a headline naming a county-level city or a county by its short name, which the
    gazetteer leaves out as too ambiguous, is about the unit of that name the body names in full (福安市知识产权…); so is
    one opening on that name and a colon whatever its subject (海伦：黑土地上的“品牌经”)."""
    if len(title) > TITLE_MAX or ("知识产权" not in title and not _NAME_BEFORE_A_COLON.match(title)):
        return None
    return _unit_a_short_name_opens(title, paragraphs)


# 海伦：…, 洮南：…: a headline opening on a place's short name and a colon
_NAME_BEFORE_A_COLON = re.compile(r"[\u4e00-\u9fff]{2,4}[：:]")


def _unit_a_short_name_opens(text: str, paragraphs: list[Paragraph]) -> Region | None:
    """The county-level city or county whose short name ``text`` opens with, or a sentence of it (after a year: 一块石、
    一粒米、一滴油！祁阳2022年知识产权“成绩单”来了), of those the paragraphs name in full."""
    for p in paragraphs:
        for _, _, region in find_region_spans(p.text):
            stem = region.name[:-1]
            if region.name.endswith(("市", "县")) and len(stem) >= 2 \
                    and re.search(_SENTENCE_START + _YEAR_BEFORE_A_NAME + re.escape(stem) + "(?![省市县区])", text):
                return region
    return None


_SENTENCE_START = r"(?:^|(?<=[！!？?。]))"


def _front_field(paragraphs: list[Paragraph], field: re.Pattern, lines: int = _FRONT_LINES) -> str | None:
    """The value of the first of a document's front ``lines`` that opens with ``field`` (承担单位：…, 来源：…)."""
    return next((m.group(1) for p in paragraphs[:lines] if (m := field.match(p.text))), None)


# 信息标题	孟州市2021年知识产权工作综述: the title a form gives the report it holds, under the form's own
_TITLE_FIELD = re.compile(r"^(?:信息|文章|报告|材料)?标题[\t：:]\s*(\S.*)")
# （2021—2023）, （2023年度） under a title (a PDF cover may run the next line on): the years it covers
_PERIOD_UNDER_A_TITLE = re.compile(r"[（(](?:19|20)\d{2}(?:\s*[—–―\-~～至]\s*(?:19|20)\d{2})?年?度?[）)]")
# 项目实施期限：2022年9月—2023年11月: the period a project's cover says it ran, whose last year its report reviews (a title's
# year may be the year the project was chosen in: 2022年度…项目验收自评报告)
_PROJECT_PERIOD = re.compile(r"^(?:项目)?(?:实施|建设|执行)(?:期限|周期|期间|时间)[：:]\s*(\S.*)")
# 承担单位：赤水市市场监督管理局（盖章）: the unit a project's or a form's cover names as the one that did the work and reports
_REPORTING_UNIT = re.compile(r"^(?:项目)?(?:承担|申报|填报|报送|实施)单位[：:]\s*(\S.*)")


def _reporting_unit_region(paragraphs: list[Paragraph], within: Region) -> Region | None:
    """贵州省地理标志运用促进工程项目 / 总结报告 / 承担单位：赤水市市场监督管理局: a report on a province's (or a city's)
    programme is about the unit inside it that the cover names as doing the work."""
    unit = _front_field(paragraphs, _REPORTING_UNIT)
    region = _region_a_line_opens_with(unit) if unit else None
    return region if region is not None and region.code != within.code and is_inside(region, within) else None


# 来源：满洲里日报 作者：…: the paper or site a web page's article comes from, under the headline or the site's menus, also
# after the day it was published (发布时间：2023-02-20 09:30来源：…), or the body a portal's record says published it
# (发布机构：广汉市市场监督管理局)
_SOURCE = re.compile(r"^(?:(?:发布机构|(?:(?:发布时间[：:])?[\d\-\s:]{4,20})?(?:信息|文章)?来源)[：:]|本(?:栏目|频道)(?:信息|内容)?由)\s*"
                     r"([\u4e00-\u9fff]{2,20})")


def _source_region(paragraphs: list[Paragraph]) -> Region | None:
    """守好北疆国门 护航中俄商贸——我市口岸知识产权保护工作纪实 / 来源：满洲里日报: a headline that names no place is about
    the place of the local paper or site it comes from, named in full or by the short name of a unit the body names
    in full."""
    source = _front_field(paragraphs, _SOURCE, _DELIVERY_LINES)
    return (_region_a_line_opens_with(source) or _unit_a_short_name_opens(source, paragraphs)) if source else None


def _own_name_region(paragraphs: list[Paragraph]) -> Region | None:
    """在全市知识产权工作会议上的讲话 / …邵武碎铜茶是我们邵武的一张金字招牌: a speech whose heading names no place names
    the speaker's own as 我们邵武, by the name (or its short form) of a unit the body names in full."""
    named: dict[str, Region] = {}
    for p in paragraphs:
        for _, _, region in find_region_spans(p.text):
            named.setdefault(region.name, region)
    text = "\n".join(p.text for p in paragraphs)
    for name, region in named.items():
        stem = name[:-1] if name.endswith(("市", "县", "区")) and len(name) > 2 else name
        if re.search(WE + re.escape(stem), text):
            return region
    return None


def _local_companies_region(paragraphs: list[Paragraph]) -> Region | None:
    """在全市知识产权工作推进会议上的讲话 / 市长 王振东 / …北安市丰源粮油有限公司…: a speech that names its place only in the names of
    the bodies it praises, a county-level city's or county's they most often open with."""
    named = Counter(region for p in paragraphs for m in _LOCAL_BODY.finditer(p.text)
                    if (region := resolve_region(m.group(1))) is not None and region.code and not region.code.endswith("00"))
    return named.most_common(1)[0][0] if named else None


# 北安市丰源粮油有限公司, 凤城市大堡草莓专业合作社: a company, cooperative or association named after its county-level place
_LOCAL_BODY = re.compile(r"([\u4e00-\u9fff]{1,6}?[市县旗])[\u4e00-\u9fff]{2,16}?(?:有限(?:责任)?公司|股份公司|合作社|协会)")


def _spoken_day(title: str, paragraphs: list[Paragraph], year: int | None) -> tuple[int | None, int | None]:
    """The year and month of the day a transcript's words were said or a news story published, or a report signed, given
    in its first lines, or a letter was signed, at its foot (a reply to a proposal), where it is later than the year under review (a press
    conference in April on last year's work; 今年1—5月 in a reply of June; a report to a 人大常委会 meeting in August);
    (None, None) where there is none."""
    if year is None:
        return None, None
    delivered = [p for p in paragraphs[:_DELIVERY_LINES] if _DELIVERED.match(p.text)]
    above_the_body = itertools.takewhile(lambda p: "。" not in p.text, paragraphs[:_FRONT_LINES])  # not a date at its foot
    if delivered:
        lines = delivered[:1]
    elif (signed := next((p for p in above_the_body if _DATE_LINE.fullmatch(p.text)), None)) is not None:
        lines = [signed]  # 汾阳市2022年度…工作报告 / …局 / 2023年2月16日: the day a report was signed, under its title
    elif (masthead := next((p for p in paragraphs[:_FRONT_LINES] if is_masthead(p.text) and _DAY.search(p.text)), None)) is not None:
        lines = [masthead]  # 晋中日报　2023年3月16日　星期四　第7版: the day a newspaper's page came out
    elif (day := _DAY_IN_BRACKETS.search(title)) is not None:  # 在全市2023年知识产权工作会议上的讲话（2024年1月12日）
        return (int(day.group(1)), int(day.group(2))) if int(day.group(1)) > year else (None, None)
    elif _TRANSCRIPT.search(title) or any(_NEWS_STORY.search(p.text) for p in paragraphs[:_DELIVERY_LINES]):
        lines = paragraphs[:_DELIVERY_LINES]
    elif any(_LETTER_TITLE.search(p.text) for p in paragraphs[:_FRONT_LINES]):
        lines = paragraphs[:-_FRONT_LINES - 1:-1]
    elif not _dated_spans(title) and (signed := next((p for p in paragraphs[:-_FOOT_LINES - 1:-1]
                                                       if _DATE_LINE.fullmatch(p.text)), None)) is not None:
        # …的通报 / …党组 / 2023年3月28日: the day a report whose title names no year was signed, at its foot (one naming its
        # year speaks of it: 上年 in 四会市2024年知识产权工作总结 signed 2025年1月15日 is 2023)
        lines = [signed]
    else:
        return None, None
    for p in lines:
        day = _DAY.search(p.text)
        if day:
            return (int(day.group(1)), int(day.group(2) or day.group(3))) if int(day.group(1)) > year else (None, None)
    return None, None


_FOOT_LINES = 3  # a report's signature: the unit, the day, perhaps a note under them
# （2024年1月12日） after a title, on its line or joined to it: the day a speech was given or a report signed
_DAY_IN_BRACKETS = re.compile(r"[（(]((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日[）)]")
# where a sentence or a clause may open on its subject: the paragraph's start or a stop, then a short lead of its own (近年来，)
_SENTENCE_OPENING = re.compile(r"(?:^|[。！？；，])\s*")
_SHORT_LEAD = re.compile(r"[^，。！？；“”]{1,8}[，,]\s*")


def _town_a_paragraph_speaks_of(text: str) -> Region | None:
    """The town the last of a paragraph's sentences or clauses to open on one opens on (旺隆镇是我市红心柚主产区…; …便到了杨庄镇。
    近年来，杨庄镇依托…; 文昌全市椰子种植面积约25万亩，东郊镇就有4.3万亩), or ``None``."""
    if not TOWN_NAME.search(text):
        return None
    found = None
    for m in _SENTENCE_OPENING.finditer(text):
        lead = _SHORT_LEAD.match(text, m.end())
        town = town_named_at(text, m.end()) or (town_named_at(text, lead.end()) if lead else None)
        found = town[1] if town is not None else found
    return found


# 2019年12月12日 (or 2023年11月, （2021年11月）) on a line of its own under a title, in brackets after its authors
# (市政协调研组（2021年11月）) or after them (京山市政协　2023年11月): the day a report was signed
_DATE_LINE = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{2,20}\s*(?=[（(])|[\u4e00-\u9fff]{1,20}?" + _SIGNING_WORD + r"\s*)?"
    r"(?P<bracket>[（(])?(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月(?:\d{1,2}日)?(?(bracket)[）)])\s*"
)


def _year_written_up_to(paragraphs: list[Paragraph]) -> int | None:
    """The last year a report signed on the day its first lines give can review: that day's year from July on, else the
    year before (a review “since the plan began” signed in December 2019 runs to 2019, one signed in January 2025 to 2024)."""
    for p in paragraphs[:_FRONT_LINES]:
        day = _DATE_LINE.fullmatch(p.text) or _WRITTEN_ON.search(p.text)
        if day:
            return _last_year_reviewed(day)
    return None


def _year_delivered_up_to(paragraphs: list[Paragraph]) -> int | None:
    """The last year a report delivered at a meeting on the day its first lines give can review (——2021年10月28日在…会议上,
    under a portal's menus perhaps)."""
    day = next((m for p in paragraphs[:_DELIVERY_LINES] if (m := _DELIVERED.match(p.text))), None)
    return _last_year_reviewed(day) if day else None


def _last_year_reviewed(day: re.Match) -> int:
    """A day's year from July on, else the year before."""
    return int(day["year"]) - (int(day["month"]) < 7)


# 成文日期\t2022年03月18日: the day a portal's record of a document says it was written
_WRITTEN_ON = re.compile(r"成文(?:日期|时间)[\t：:]\s*(?P<year>(?:19|20)\d{2})年(?P<month>\d{1,2})月")


def _year_written_over_the_vote(paragraphs: list[Paragraph], most_named: int | None) -> int | None:
    """The year a report was written up to, where it overrules the year its paragraphs name most: 一片叶子富了一方百姓 /
    …工作经验 / 2023年11月, whose paragraphs open most often on the base year 2019 they compare with, signed years after it,
    reviews the year it was written up to; so does one signed late in a year that speaks of 今年 (…调研报告 / （2021年11月） on
    2020 and 今年1—10月); a plan's targets years ahead of the day it was written (…实施意见 / 成文日期 2022年03月18日, naming
    2025 most) leave its review of 2021. A report delivered at a meeting, whose 今年 is the meeting's year, is overruled
    only years off (an inspection's report of October 2021 on the years since 2019, not a report of August 2024 on 2023
    and 今年1—6月)."""
    if most_named is None:
        return None
    written = _year_written_up_to(paragraphs)
    if written is not None and (most_named < written - 1 or (most_named < written and _says_this_year(paragraphs))
                                or most_named > written + 1):
        return written
    delivered = _year_delivered_up_to(paragraphs)
    return delivered if delivered is not None and not delivered - 1 <= most_named <= delivered + 1 else None


def _says_this_year(paragraphs: list[Paragraph]) -> bool:
    """Whether a text's figures speak of 今年, more than once."""
    return sum(p.text.count("今年") for p in paragraphs) > 1


def _year_before_delivery(paragraphs: list[Paragraph]) -> int | None:
    """The year a government work report reviews: the one before the day its first lines say it was delivered."""
    for p in paragraphs[:_FRONT_LINES]:
        day = _DAY.search(p.text)
        if day:
            return int(day.group(1)) - 1
    return None


def is_section_heading(text: str) -> bool:
    """A paragraph that opens a section: a bare region name or a report/table title naming a region."""
    if not text or len(text) > TITLE_MAX or CELL_SEPARATOR in text:  # nor a table's row (a list of policies)
        return False
    if ITEM_NUMBER.match(text):
        return False
    region = _section_region(text)
    if region is None:
        return False
    if region.text == text:  # a bare region name: 北京市, 内蒙古自治区
        return True
    return bool(_REPORT_TITLE.search(text)) and not text.endswith(("。", "；", "，"))  # not 据市版权局通报，…第三位；


def _company_town(title: str, body: list[Paragraph]) -> Region | None:
    """贵州福泉磷源化工有限公司2023年度知识产权工作报告 / …公司成立于2007年，位于福泉市马场坪街道工业园区…: the town a company's
    (or a market's: 浙南茶叶市场位于西屏街道城东) own report places it in near the top."""
    if not _COMPANY_REPORT.search(title):
        return None
    situated = next((m for p in body[:_FRONT_LINES] if (m := _SITUATED_IN_A_TOWN.search(p.text))), None)
    return town_named_at(situated.group("town"))[1] if situated and town_named_at(situated.group("town")) else None


def _own_town(title: str) -> Region | None:
    """桃花江镇人民政府2023年知识产权工作总结: a town government's own report, whose figures are the town's unless it names
    another place (its 全县 is the county's)."""
    named = town_named_at(title) if _REPORT_TITLE.search(title) else None
    return named[1] if named is not None else None


def _county_most_named(paragraphs: list[Paragraph]) -> Region | None:
    """The county-level unit a town's own report names most often in full (桃江县, whose town it is)."""
    named = Counter(region for p in paragraphs for _, _, region in find_region_spans(p.text)
                    if region is not None and region.code and not region.code.endswith("00"))
    return named.most_common(1)[0][0] if named else None


# 案例一　源潭镇某刷业公司侵犯…案, 案例二：昌五镇某商店…: a case's heading, opening on the town whose shop or firm the case is told
# of, up to the next case or heading
_AFTER_THE_CASES = re.compile(r"\s*(?:下一步|今后|总之|综上|以上(?:典型)?案例)")
_CASE_HEADING = re.compile(r"\s*(?:典型案例(?=[：:])|(?:典型)?案例[一二三四五六七八九十\d]{1,3})[：:\s]*")
# a company's or a market's own report (…有限公司2023年度知识产权工作报告, 松阳县浙南茶叶市场知识产权保护规范化市场建设工作报告;
# not a market regulator's: 市场监督管理局, 市场监管局, nor 市场主体)
_COMPANY_REPORT = re.compile(r"(?:有限(?:责任)?公司|股份公司|集团|市场(?![监主]))[^，。]{0,20}?(?:报告|总结)")
_SITUATED_IN_A_TOWN = re.compile(r"(?:位于|坐落于|坐落在|地处|落户)(?:[\u4e00-\u9fff]{2,8}?[省市县区州旗])?(?P<town>"
                                 + TOWN_NAME.pattern + ")")
# 在八仙筒镇一农资经营部查获…: the town a case's shop or firm is placed in
_SHOP_IN_A_TOWN = re.compile(r"在(?P<town>" + TOWN_NAME.pattern + r")(?=[一某])")


def _explained_measures_year(title: str, body: list[Paragraph], year: int | None) -> int | None:
    """《信宜市知识产权资助和奖励办法》政策解读 / 近日，…印发了《…》（信府办规〔2025〕2号…: the year of the measure an explainer
    explains, from the number it is issued under near the top, when later than the year its background reviews."""
    if not _EXPLAINER.search(title):
        return None
    numbered = next((m for p in body[:_FRONT_LINES] if (m := _DOC_NO_YEAR.search(p.text))), None)
    return int(numbered.group(1)) if numbered and year is not None and int(numbered.group(1)) > year else None


_EXPLAINER = re.compile(r"解读")
# a paper explaining a plan whose title names no date but the plan's period (关于《…实施方案（2024—2026年）（征求意见稿）》的起草说明,
# 《…规划（2021—2025年）》解读): the plan's basis, the year before its first, is the year it reviews
_EXPLAINING_A_PLAN = re.compile(r"起草说明|编制说明|制定说明|解读")
_DOC_NO_YEAR = re.compile(DOC_NO_YEAR)
# 五、主要内容, 四、主要变化: the part of an explainer that sets out what the measure provides
_MEASURES_CONTENT = re.compile(r"主要内容|主要变化|主要条款|主要措施|重点内容|核心内容|政策要点|主要亮点|支持标准|资助标准|奖励标准")


def _is_part_heading(title: str, section: Section) -> bool:
    """沂南县 on a line of its own in 临沂市's report: a county's heading, not a report of its own; nor is a
    line naming the same region with no period of its own (主持人：…济南市…【文字实录】 under a press
    conference's title)."""
    region = _section_region(title)
    if section.region is None or region is None:
        return False
    if region.text == title:
        return is_inside(region, section.region)
    return region.code == section.region.code and not _dated_spans(title)


def _most_named_year(paragraphs: list[Paragraph], said_in: int | None = None) -> int | None:
    """The year the paragraphs open with most often (ties: the first), not the first one, which may be an earlier date
    the report starts from (2021年6月…印发《…“十四五”规划》 in a review of 2022); with the year the words were said in,
    a paragraph opening on 今年 or 去年 votes for the year it means."""
    years = []
    for p in paragraphs:
        if _MESSAGE_DAY.match(p.text):
            continue
        text = _CHANGE_FROM_A_YEAR.sub("", p.text)
        said = _SAID_YEAR.search(text) if said_in is not None else None
        written = _YEAR.search(text)
        if said is not None and (written is None or said.start() < written.start()):
            years.append(said_in if said.group(1) else said_in - 1)
        else:
            years.extend(_years(text)[:1])
    return max(years, key=years.count) if years else None


# 今年 or 去年 in a paragraph's words, counted from the day they were said
_SAID_YEAR = re.compile(r"(今年)|去年|上年")


# a web page's menu item, a line of its own: a few characters, no sentence
_MENU_ITEM = re.compile(r"[^，。；：,;:]{1,8}")


def _in_a_menu(paragraphs: list[Paragraph], k: int) -> bool:
    """首页 / 成都 / 区（市）县 / 经济: a region's name among a site's menu items, the lines either side of it, is no
    section's heading (a city's site carrying a story about one of its counties)."""
    return 0 < k < len(paragraphs) - 1 and all(_MENU_ITEM.fullmatch(paragraphs[j].text) for j in (k - 1, k + 1))


def _heading_sections(paragraphs: list[Paragraph], default_year: int | None) -> list[Section]:
    """The sections, each with its region and year, before its headings are read."""
    starts = [p.index for p in paragraphs if is_section_heading(p.text) and not _in_a_menu(paragraphs, p.index)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    stories = _dated_stories(paragraphs)
    starts = sorted(set(starts) | set(stories))
    sections: list[Section] = []
    voted: set[int] = set()  # the sections whose year their paragraphs voted for
    defaulted: set[int] = set()  # those whose paragraphs named no year, of the section before or the report
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(paragraphs)
        # a newspaper's masthead above an interview's headline (沧州日报　2025年2月18日　第3版), or a page's breadcrumb above
        # a story's (当前位置：首页 > 新闻中心): the headline is the title, with the subtitle under it that names its subject
        # (——黄骅市市场监督管理局局长就2024年知识产权工作答记者问)
        head = start + 1 if k == 0 and start + 1 < end and (is_masthead(paragraphs[start].text) or is_page_info(paragraphs[start].text)) \
            else start
        title = paragraphs[head].text if head < len(paragraphs) else ""
        if head > start and head + 1 < end and paragraphs[head + 1].text.startswith("——"):
            title += paragraphs[head + 1].text
        elif head + 1 < end and (period := _PERIOD_UNDER_A_TITLE.match(paragraphs[head + 1].text)):
            title += period.group()  # …司法保护白皮书 / （2021—2023）: the period the title covers, opening the line under it
        if sections and _is_part_heading(title, sections[-1]):
            sections[-1].end_paragraph = end
            if sections[-1].index in voted | defaulted:  # a cover's fields, then the title again: the body's paragraphs vote too
                merged = paragraphs[sections[-1].start_paragraph : end]
                most_named = _most_named_year(merged)
                voted_year = most_named if sections[-1].index in voted else None  # not over the report's year, with no vote
                sections[-1].year = _year_written_over_the_vote(merged, most_named) or voted_year or sections[-1].year
            if sections[-1].spoken_year is None:  # the title again under a web page's menus, then the day it was delivered
                sections[-1].spoken_year, sections[-1].spoken_month = _spoken_day(title, paragraphs[start:end], sections[-1].year)
            continue
        region = _section_region(title) if is_section_heading(title) else None
        if start in stories and sections:  # a story on a page of news: of the place its headline names, else of the page's
            region = region or _headline_region(title) or sections[-1].region
        if region is None and _REPORT_TITLE.search(title):
            national = _NATIONAL_TITLE.match(title)
            region = resolve_region(national.group(1) or "中国") if national else _byline_region(paragraphs[head + 1 : end])
        if region is not None and k == 0:
            region = _reporting_unit_region(paragraphs[head + 1 : end], region) or region
        if region is None and k == 0:  # a letter's letterhead (南通市市场监督管理局) names the body that writes it
            # 罗定：知识产权为…, under 云浮市人民政府's banner: a headline opening with a unit's short name before the site's name
            # (开原：知识产权为“中国起重机械城”赋能: the short name opening it before a region it quotes)
            region = _interviewees_region(title, paragraphs[head + 1 : end]) or _short_name_region(title, paragraphs[head + 1 : end]) or _headline_region(title) \
                or _byline_region(paragraphs[head:end])
            if region is None and _own_town(title) is not None:
                region = _county_most_named(paragraphs[head + 1 :])
            if region is None:  # 茶香花艳“知”力足 / ——漳平以知识产权赋能特色产业高质量发展: a feature's subtitle names its subject
                subtitle = next((p.text.lstrip("—") for p in paragraphs[head + 1 : min(end, head + _FRONT_LINES)] if p.text.startswith("——")), "")
                region = (_headline_region(subtitle) or _short_name_region(subtitle, paragraphs[head + 1 : end])) if subtitle else None
            if region is None:
                region = _source_region(paragraphs[head + 1 : end])
            if region is None and _is_a_letter(paragraphs):
                region = _signature_region(paragraphs)
            if region is None:
                # a page of news or messages: its stories' paragraphs name the place too
                whole = paragraphs[head + 1 : len(paragraphs) if stories else end]
                region = _own_name_region(whole) or _local_companies_region(whole)
        # the first date a title names is the period under review, and its last year the section's
        # (2016-2017年工作绩效及2018年工作计划 → 2017, 2010年工作总结暨2011年工作要点 → 2010)
        routine_conference = _ROUTINE_CONFERENCE_DATE.search(title) is not None
        dated = _dated_spans(_QUOTED_TITLE_REVIEWED.sub("", title)) if not routine_conference else []
        if not dated and k == 0 and (titled := _front_field(paragraphs[head + 1 : end], _TITLE_FIELD)) is not None:
            dated = _dated_spans(_QUOTED_TITLE_REVIEWED.sub("", titled))  # …政务信息报送单 / 信息标题	孟州市2021年…综述
        yearbook = _YEARBOOK.search(title)
        year = int(yearbook.group(1)) - 1 if yearbook else dated[0][-1] if dated else None
        period = _front_field(paragraphs[head + 1 : end], _PROJECT_PERIOD) if k == 0 and year is not None else None
        if period is not None and (ran_to := _years(period)) and ran_to[-1] > year:
            year = ran_to[-1]  # 元谋县2022年度…项目验收自评报告 / 项目实施期限：2022年9月—2023年11月: the project's last year
        explained = _dated_spans("".join(_QUOTED_TITLE_REVIEWED.findall(title))) \
            if year is None and _EXPLAINING_A_PLAN.search(title) else []
        explained_period = explained[0] if explained and len(explained[0]) > 1 else None
        if explained_period is not None:
            year = explained_period[0] - 1  # …《…实施方案（2024—2026年）（征求意见稿）》的起草说明: on where 2023 left things
        if year is None and _GOVERNMENT_WORK_REPORT.search(title):
            year = _year_before_delivery(paragraphs[start:end])
        most_named = _most_named_year(paragraphs[start + 1 if routine_conference else start : end])  # the meeting's date has no vote
        written = _year_written_over_the_vote(paragraphs[start:end], most_named) if year is None else None
        if written is not None:
            year = written
        elif year is None:
            # with none, the year of the section before (a yearbook's provinces), else the report's
            previous = sections[-1].year if sections else None
            year = most_named or previous or default_year
            if most_named is not None:
                voted.add(len(sections))
            else:  # perhaps a portal's menus above the title again
                defaulted.add(len(sections))
        elif _SINCE_A_PLAN_BEGAN.search(title) and (written := _year_written_up_to(paragraphs[start:end])) is not None \
                and dated[0][0] <= written < year:
            year = written  # “十三五”以来…工作总结 / 2019年12月12日: the plan's years so far, up to 2019
        elif _SINCE_A_PLAN_BEGAN.search(title) and most_named is not None and dated[0][0] <= most_named < year:
            year = most_named  # “十四五”以来…综述 of January 2025: the plan's years so far, up to 2024
        first_year = dated[0][0] if dated and len(dated[0]) > 1 and dated[0][0] < dated[0][-1] \
            else explained_period[0] if explained_period is not None else None
        spoken_year, spoken_month = _spoken_day(title, paragraphs[start:end], year)
        if start in stories and year is not None and stories[start][0] > year:
            spoken_year, spoken_month = stories[start]  # 2023-09-20 under its headline: the day the story was published
        day = _DAY_IN_BRACKETS.search(title)
        if spoken_year is None and day is not None and not _dated_spans(_DAY_IN_BRACKETS.sub("", title)):
            # 在全市知识产权工作推进会上的讲话（2024年1月18日）: a speech dated by its day alone, in the year of its 今年, whose
            # parts on 去年 review the year before
            spoken_year, spoken_month = int(day.group(1)), int(day.group(2))
        if len(sections) in voted and spoken_year == year + 1 and spoken_month is not None and spoken_month >= 7 \
                and any(_NEWS_STORY.search(p.text) for p in paragraphs[start : start + _DELIVERY_LINES]) \
                and _most_named_year(paragraphs[start:end], said_in=spoken_year) == spoken_year:
            # a post of September 2023 on 去年 and 今年1—8月, more of its paragraphs on 今年 (not a reply of June 2024 on 2023
            # and 今年1—5月, nor a report delivered in August on the year before)
            year = spoken_year
        sections.append(Section(len(sections), title, start, end, region, year,
                                spoken_year=spoken_year, spoken_month=spoken_month, first_year=first_year))
    return sections


def split_sections(paragraphs: list[Paragraph], default_year: int | None = None) -> list[Section]:
    """Sections in document order; text before the first heading is section 0 (front matter)."""
    sections = _heading_sections(paragraphs, default_year)
    text = "\n".join(p.text for p in paragraphs)
    table_towns, named_towns = towns_heading_rows(text), towns_named(text)  # the document's, the same for every section
    for section in sections:
        section.zone_districts = zones_named_with_their_district(text, section.region)
        section.report_town = _company_town(section.title, paragraphs[section.start_paragraph + 1 : section.end_paragraph]) \
            or _own_town(section.title)
        section.towns, section.towns_named = table_towns, named_towns
        year = section.year
        part_of_the_year = _PART_OF_THE_YEAR.search(section.title) is not None
        heading_year = part_year = plan_year = review_year = None
        lead_region = lead_marker = list_year = speaker_region = aim_year = said_plan = town = case_town = in_a_case = None
        problems_heading = False
        body = paragraphs[section.start_paragraph + 1 : section.end_paragraph]
        # 2016年 / …entries… / 2017年 / …: a chronicle's year headings, two or more (one alone may be a cover's date)
        chronicle = sum(bool(_YEAR_HEADING.fullmatch(p.text)) for p in body) >= 2
        # 《…信息专报》 / 第12期: a bulletin, whose items' headlines (我局在锦星…开展…专项整治) end the dated part of the item before
        bulletin = any(is_masthead(p.text) for p in body[:_FRONT_LINES])
        measure_year = _explained_measures_year(section.title, body, year)
        speakers = _speaker_regions(body, section.region) if _TRANSCRIPT.search(section.title) else {}
        for k, p in enumerate(body):
            lead = _lead_region(p.text, section.region)
            if speakers and (speaker := _speaker(p.text)) in speakers:
                speaker_region, lead_region = speakers[speaker], None  # their words, up to the next speaker's
            elif speakers and k > 0 and _ANSWER.match(p.text):
                speaker_region, lead_region = _region_of_the_one_called_on(body[k - 1].text, section.region), None
            if lead is not None:
                lead_region, lead_marker = lead, _lead_marker(p.text)
            elif lead_region is not None and _ends_the_lead(p.text, lead_marker):
                lead_region = None
            if lead_region is not None or speaker_region is not None:
                section.lead_regions[p.index] = lead_region or speaker_region
            if _is_subheading(p.text) or lead is not None:
                town = None
            elif town is not None:
                section.towns_before[p.index] = town
            # 旺隆镇是我市红心柚主产区…: a paragraph speaking of a town, which a later 全镇 of its part points back to
            town = _town_a_paragraph_speaks_of(p.text) or town
            if (case := _CASE_HEADING.match(p.text)) is not None:
                case_town = town_named_at(p.text, case.end())
                case_town = case_town[1] if case_town is not None else None
                in_a_case = case_town is None
            elif _is_subheading(p.text) or _is_subheading(p.text[: p.text.find("。") + 1]) or _AFTER_THE_CASES.match(p.text):
                # the next heading, an item run into its paragraph (（五）完善维权援助和公共服务。 依托…), or the closing words after
                # the last case (下一步，…将以本次典型案例发布为契机…)
                case_town = in_a_case = None
            if in_a_case and (placed := _SITUATED_IN_A_TOWN.search(p.text) or _SHOP_IN_A_TOWN.search(p.text)) \
                    and (named := town_named_at(placed.group("town"))):
                # 案例一：垣曲县某商贸有限公司… / 【基本案情】 / …依法对位于新城镇的…: the town the case's party is placed in, under
                # its heading or after it on its line
                case_town, in_a_case = named[1], None
            if case_town is not None:
                section.case_towns[p.index] = case_town
            line = _run_in_heading(p.text) or p.text  # 四、下一步工作打算。今年以来，…: the heading a paragraph opens with
            if bulletin and _is_headline(p.text) and not ITEM_NUMBER.match(p.text) and CELL_SEPARATOR not in p.text \
                    and k + 1 < len(body) and body[k + 1].text.endswith("。"):  # an unnumbered headline over its item's text
                heading_year = part_year = plan_year = review_year = None  # the next item, of the bulletin's year
            if chronicle and _YEAR_HEADING.fullmatch(p.text):
                heading_year = part_year = int(p.text[:4])  # the entries under it, and any numbered headings among them
            elif _PART.match(p.text) and len(p.text) <= 40:
                # 第二部分 2011年工作要点: a part above the numbered headings dates all of them
                heading_year = part_year = _heading_year(p.text, year, part_of_the_year)
            elif _is_subheading(line) or _DATED_PLAN_HEADING.match(line):
                problems_heading = _PROBLEMS.search(line) is not None
                named = _heading_years(line, year)
                past_opening = _year_past_opening(body[k + 1 : k + 2], year) if _TOP_LEVEL.match(line) else None
                if named:
                    heading_year = named[-1]  # 一、2011―2012年工作回顾: the period ends in 2012
                elif _TOP_LEVEL.match(line):
                    # the next top-level heading ends the dated part
                    reviewed, heading_year = heading_year, _heading_year(line, year, part_of_the_year) or part_year
                    if heading_year is None and section.spoken_year in (None, year):  # not where year is the one reviewed
                        heading_year = past_opening
                    if heading_year is None and section.first_year is not None and _PLAN_KIND.search(section.title) \
                            and _BASELINE_HEADING.search(line):
                        heading_year = section.first_year - 1  # 一、基本情况 of a plan for 2024—2026: where 2023 left things
                    if heading_year is None and reviewed is not None and year is not None and reviewed < year \
                            and _SHORTFALL_HEADING.search(line):
                        heading_year = reviewed  # 二、清醒认识存在的差距 after 一、过去一年…: the shortfalls of the year reviewed
                    if measure_year is not None and _MEASURES_CONTENT.search(line):
                        heading_year = measure_year  # 五、主要内容 of a measure's explainer: its standards, of the year it is issued
                elif _PROBLEMS.search(line):
                    heading_year = part_year  # （一）存在问题 under 六、存在问题和2024年工作打算: the year under review
                elif (ahead := _heading_year(line, year, part_of_the_year)) is not None:
                    heading_year = ahead  # （二）下一步工作打算 after it
                said = _SAID_YEAR_IN_A_HEADING.search(line) if not named else None
                if said and section.spoken_year is not None:
                    # 三、扎实抓好今年各项工作, 一、正确看待去年的成绩, in a speech of January 2024
                    heading_year = section.spoken_year + bool(said.group(2)) - bool(said.group(3))
                if not named and section.spoken_year is None and (
                        _PAST_YEAR.search(line) or (heading_year is not None and heading_year == past_opening)):
                    # 一、充分肯定过去一年的成绩, （一）过去一年的成绩来之不易: reviewed in the section's year, 去年 is the year before it
                    section.spoken_year = year
            if _is_subheading(line) or (_PART.match(line) and len(line) <= 40) or (chronicle and _YEAR_HEADING.fullmatch(line)):
                plan_year = review_year = None
            review = _REVIEW_LEAD.match(p.text) or (
                _OPENING_REVIEW.match(p.text) if _PLAN_TITLE.search(body[k - 1].text if k else section.title) else None)
            if review and year is not None and int(review.group(1)) < year:
                review_year = int(review.group(1))
            elif review_year is not None and (any(y != review_year for y in _years(p.text.split("。")[0]))
                                              or _AIMING.search(p.text.split("。")[0])):
                review_year = None  # …2024年是…, 全州力争专利授权量达到350件: the year ahead
            plan = _PLAN_LEAD.match(p.text) or _PLAN_LIST_LEAD.search(p.text)
            if plan and year is not None and int(plan.group(1)) > year:
                plan_year = int(plan.group(1))  # 到2025年，…: the targets in the paragraphs after it, up to the next heading
            if said_plan and _ASKING.search(_speaker(p.text) or ""):
                plan_year = said_plan = None  # the next question: the answer's list of targets is over
            said = _SAID_YEAR_LIST_LEAD.search(p.text) if section.spoken_year is not None else None
            if said and year is not None and section.spoken_year + bool(said.group(2)) > year:
                plan_year, said_plan = section.spoken_year + bool(said.group(2)), True
            if list_year is not None:
                section.heading_years[p.index] = list_year
                list_year = None if p.text.endswith("。") else list_year
            elif problems_heading and plan_year is None and _SHORTCOMINGS_LEAD.match(p.text):
                if part_year is not None:  # 总体看，全市…仍存在一些短板：一是… under 六、存在问题和2025年工作打算: the year under review
                    section.heading_years[p.index] = part_year
            elif plan_year is not None or review_year is not None or heading_year is not None:
                section.heading_years[p.index] = plan_year or review_year or heading_year
            if aim_year is not None and _AIM_OPENING.match(p.text):
                section.heading_years[p.index] = aim_year  # 2025年，我们将…。 / 力争全年专利授权量达到2000件以上
            opening = _PLAN_OPENING.match(p.text)
            aim_year = int(opening.group(1)) if opening and year is not None and int(opening.group(1)) > year else None
            dated_list = _DATED_LIST_LEAD.search(p.text)
            list_year = int(dated_list.group(1)) if dated_list else list_year
    return sections


def paragraph_context(doc_id: str, section: Section, paragraph: int) -> dict:
    """What the fact assembler needs to know about a paragraph's place in its document."""
    region = section.region_of(paragraph)
    context = {
        "doc": doc_id,
        "region": region.to_json() if region else None,
        "year": section.year_of(paragraph),
    }
    if section.spoken_year is not None:
        context["spoken_year"] = section.spoken_year
    elif section.year is not None and context["year"] is not None and context["year"] > section.year:
        context["ahead"] = True  # a plan for a year after the one reviewed, in a text written before that year began
    if section.spoken_month is not None:
        context["spoken_month"] = section.spoken_month
    if section.first_year is not None and context["year"] == section.year:
        context["period"] = [section.first_year, section.year]
    if section.zone_districts:
        context["zone_districts"] = {zone: district.to_json() for zone, district in section.zone_districts.items()}
    if section.towns:
        context["towns"] = {stem: town.name for stem, town in section.towns.items()}
    if section.towns_named:
        context["towns_named"] = {stem: town.name for stem, town in section.towns_named.items()}
    if paragraph in section.towns_before:
        context["town_before"] = section.towns_before[paragraph].name
    # the town whose figures the paragraph's unplaced ones are: its case's, or the company's whose own report it is
    home_town = section.case_towns.get(paragraph) or section.report_town
    if home_town is not None:
        context["home_town"] = home_town.to_json()
    return context
