"""Facts from statistical tables, read by layout rather than by the model.

The normaliser keeps each table row, and the header line above the rows, as a
paragraph of its own with the cells apart by tabs (``ipie.normalize``). A table
says by position what prose says with words, so its facts come from the grid:

- rows are regions (南京市; 合计/全省 is the section's region, and so is a development
  zone's row, 杨凌示范区, as in prose a zone's figures are its region's) and columns
  indicators (申请量（件）), or rows are indicators and columns years (2015年)
  or plain values, with the region from the section;
- a column headed 增长/增幅/同比 holds the change of the value column before
  it, one headed 排名/位次 its rank (the first column so headed, the rank of the first value
  column), one headed 单位 the unit of each row;
- the unit comes from the header (（件）, %), or from an indicator row's label
  (有效注册商标（万件）), else from a 单位：万元 note above it or a 注：…单位为件 below;
- the year from the column header, else from the caption above the table,
  else from the section.

A list of policies (序号 | 文件名称 | 发文单位 | 文号 | 印发日期) gives one policy fact per row,
its title, issuer, document number and date read from the columns so headed.

A cell written as a sentence (完成情况: 召开领导小组会议2次，安排专项资金860万元) says with words what
prose says, so it goes to the model as a paragraph of its own (``prose_cells``).

Evidence is the row, so a user can click back to the line of the table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ipie.facts.indicators import match_indicator
from ipie.facts.model import Evidence, IndicatorFact, PolicyFact
from ipie.facts.numbers import CHANGE_WORD, parse_date, parse_growth, parse_number, parse_quantity, parse_rank, policy_year
from ipie.ingest.grid import CELL_SEPARATOR, FIGURE_CELL, figure_of
from ipie.normalize import UNIT_CELL, Paragraph
from ipie.regions import Region, find_region_spans, find_regions, place_a_name_begins_with, resolve_place
from ipie.schema import DEVELOPMENT_ZONE

_CAPTION_MAX = 80
_YEAR_HEADER = re.compile(r"((?:19|20)\d{2})年?度?")
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_YEARS_NAMED = re.compile(r"(?:19|20)\d{2}(?:[—―–\-~至到](?:19|20)\d{2})?年度?")  # 2013—2022年电线电缆领域专利申请量: what, not when
_YEAR_IN_HEADER = re.compile(r"((?:19|20)\d{2})年度?")
_YEAR_GROUP = re.compile(r"^(?:年度|年份|年)$")
_GROWTH_HEADER = re.compile(r"(增长|增幅|增速|同比|比上年|增减|涨幅|下降|减少)")
_RANK_HEADER = re.compile(r"(排名|位次|排序|名次|排位)")  # 全州排位: the scope before it
_RATE_HEADER = re.compile(r"率|幅|增速")  # 增长率, 增幅, 增速: a rate, in % where the header names no unit
_UNIT_COLUMN = re.compile(r"^(计量)?单位$")
# 创立年份, 成立时间, 受理日期: the day or year each row's item began or was handled (not 年份 alone, the year of its figures)
_WHEN_COLUMN = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:年份|年代|时间|日期)$")
_UNIT_IN_HEADER = re.compile(r"\s*[（(](?:单位[：:])?\s*([^（）()]{1,6})[）)]\s*$|\s*[（(]?(%)[）)]?\s*$")
# the measure words of counts of times, which may head a column on their own (隶属海关 | 批次 | 件数（万件）)
_TIMES_COUNTED = r"(?:批次|人次|件次|户次|家次|场次)"
# a header of two rows (ipie.ingest.grid) whose upper cell gives the unit: 专利授权量（件）合计, 专利授权量（件）其中发明
_UNIT_WORD = r"(?:万|亿|千)?(?:" + _TIMES_COUNTED + r"|个工作日|件|家|个|项|人|元|次|户|所|篇|台（套）|台|套|条|起|宗|份|场)|%"
_UNIT_INSIDE_HEADER = re.compile(r"[（(](" + _UNIT_WORD + r")[）)]")
# a cell that gives its own unit (42件, ≥1.5亿元, ≤680万元), as a table of targets and results writes them
_FIGURE_WITH_UNIT = re.compile(r"(?:[≥>＞≧≤<＜≦]\s*)?\d[\d,]*(?:\.\d+)?(?:" + _UNIT_WORD + ")")
# a header of two rows whose lower cell is the unit alone (发明专利授权量 over 件 | 同比增长(%)): 发明专利授权量件
_UNIT_AFTER_LABEL = re.compile("(" + _UNIT_WORD + ")$")
_UNIT_ALONE = re.compile(_UNIT_WORD)
# 完成812件，目标700件，完成率116.0%, 7.36万件（目标7万件）: the row's own figure opening a cell of words (a scoring table's
# 完成情况), with its unit; the model reads the rest of the cell, and leaves a figure with no words before it alone
_LEADING_FIGURE = re.compile(r"(?:完成|实际完成|已完成|查处|办结|新增|达到)?(" + _FIGURE_WITH_UNIT.pattern + r")(?=$|[，,；;（(])")
# the unit a row's label may name in brackets as a header does (有效注册商标（万件）, 推广面积（万亩）, 质押融资额（亿元）)
_LABEL_UNIT = re.compile(r"(?:" + _UNIT_WORD + r")|(?:万|亿|千)?(?:亩|公顷|吨|公斤|千克|平方米|笔|批|名)|分|倍|(?:个)?百分点")
_SUB_COLUMN_WORD = re.compile(r"合计|小计|总计|其中")
_UNIT_NOTE = re.compile(r"单位[：:]\s*([^\s，。；）)]{1,6})")
# a note under the table (注：专利授权量单位为件，同比为…): a unit only where it names a measure word
_NOTE_BELOW = re.compile(r"^(?:注|备注|说明)\s*\d?[：:]")
_UNIT_NOTE_BELOW = re.compile(r"单位(?:[：:]\s*|均?为)(" + _UNIT_WORD + r")(?![\u4e00-\u9fff])")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")  # 一、知识产权创造（30分）: a label's bracket is no sentence
_WEIGHT_IN_LABEL = re.compile(r"[（(](\d+(?:\.\d+)?)分[）)]$")  # 发明专利申请量（10分）: a scored item and its points
_BRACKETED_NOTE = re.compile(_BRACKETED.pattern + "$")
_TOTAL_ROW = re.compile(r"^(?:[两二三四五六七八九十]个?(?:乡镇|镇|乡|街道|区|县|市)?)?(合计|总计|总数|小计)"  # 三镇合计
                        r"|^(全省|全市|全区|全州|全盟|全地区|全县|全旗|全国)")
# 其他乡镇, 其余乡镇（场）: the places not listed in the rows above, together, the section's region's
_REST_ROW = re.compile(r"(?:其他|其余|其它)(?:乡镇|镇|乡|街道|县区|县（市、区）|县市区|地区)(?:[（(][^）)]{1,8}[）)])?")
_OWN_LEVEL_ROW = re.compile(r"^(?:[省市县区州旗盟]|自治区)本级$")  # 市本级: the section's region's own spending, beside its districts'
# a column that relates the row's other figures (年度目标 | 完成值 | 完成率（%）), whose own change no column gives
_RATIO_OF_COLUMNS = re.compile(r"完成率|完成进度|完成比例|进度")
_MEASURE_HEADER = re.compile("^" + _TIMES_COUNTED + "$")
# 笔数, 户数: the count of a measure word, which gives the column's unit (银行 | 笔数 | 金额（万元）)
_COUNT_HEADER = re.compile(r"^(笔|件|户|人|次|家|项|个|场|批)数$")
_SCORE_HEADER = re.compile(r"(?:分值|得分|评分|满分)$")  # 分值 | 得分 of a scoring table: points, where the header names no unit
_FIRMS_HEADER = re.compile(r"(?:企业|单位|机构|主体|合作社)(?:数|数量)$")  # 用标企业数: a count of firms, in 家
# 申请数 | 授权数 of a table of patents or plant varieties: filings and grants, in 件, where the header names no unit
_FILINGS_HEADER = re.compile(r"^(?:申请|授权|登记|受理)(?:数|量|数量)$")
_DATE_CELL = re.compile(r"(?:19|20)\d{2}(?:年(?:\d{1,2}月(?:\d{1,2}日)?)?|[.\-/]\d{1,2}(?:[.\-/]\d{1,2})?)")  # 2016年11月: when, not what
_RANKED_BY = re.compile(r"按([^，。；]{2,16}?)(?:高低|多少|大小)?(?:排序|排列|排名|排位)")
# a row of a public body named after its place (北仑海关, 西湖区人民法院, 杭州互联网法院), whose figures are
# the place's; a body named after no place (大榭海关, 其他隶属海关) is the section's region's, as a zone's row is
_BODY_ROW = re.compile(r"\S{1,16}?(?:人民法院|法院|法庭|中院|检察院|海关|公安局|知识产权局|市场监督管理局|市场监管局|保护中心)")
_ZONE_ROW = re.compile(r"[\u4e00-\u9fff]{0,16}?(?:" + DEVELOPMENT_ZONE + r"|示范区|工业区|合作区|生态区|度假区|经济区)")  # 莘庄工业区, 深汕特别合作区, 浐灞生态区, 临空经济区
# 续表, 续表1: the caption over the rest of a table carried over to the next page
_CONTINUED = re.compile(r"\s*续表\s*\d{0,2}\s*")
_CAPTION_NOISE = re.compile(r"^(附)?表\s*(?:\d{1,2}(?![\d年]))?[：:.、]?\s*|[（(]?单位[：:][^）)]*[）)]?")
# the columns of a list of policies; 序号 numbers the rows of any table and is never a value
_TITLE_COLUMN = re.compile(r"^(?:文件|政策|法规|规章|制度)?(?:名称|标题)$|^(?:文件|政策)$")
_ISSUER_COLUMN = re.compile(r"^(?:发文|印发|发布|制定|出台|起草)?(?:单位|机关|部门|机构)$")
_DOC_NO_COLUMN = re.compile(r"^(?:发文)?(?:文号|字号|编号)$")
_DATE_COLUMN = re.compile(r"^(?:印发|发布|发文|出台|施行|实施|成文)?(?:日期|时间)$")
_SERIAL_COLUMN = re.compile(r"^(?:序号|编号|排序)$")
# 产品名称 | 所在地 | 品牌价值（亿元）, 企业名称 | 所属地区 | …: the column that says where each row's item is;
# 所在县（区）, 所在乡镇, whose item's 所在地 (请求人所在地, 企业所在地); not 所属行业
_PLACE_COLUMN = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:所在|所属)(?:地|城市|乡镇|镇|乡|街道|[省市县区州旗盟])[^\s]{0,7}|地区|地市|城市|市州|区县|县区")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_EMPTY_CELL = re.compile(r"^[—\-－–/无　]*$")
# what a bare column such as 申请量 counts, when the caption says it (专利申请授权情况)
_DOMAIN = re.compile(r"(发明专利|实用新型|外观设计|PCT|专利|商标|著作权|版权|地理标志)")


@dataclass
class Table:
    """A run of tab-separated paragraphs: the header (if any) and the rows of figures."""

    caption: Paragraph | None
    header: Paragraph | None
    rows: list[Paragraph]
    note: Paragraph | None = None  # the 注： line under it


def _cells(para: Paragraph) -> list[str]:
    return para.text.split(CELL_SEPARATOR)


def _filled_cells(para: Paragraph) -> list[str]:
    return [cell for cell in _cells(para) if cell]


def _row_cells(para: Paragraph, width: int) -> list[str]:
    """A row's cells, a blank one kept in its place (临夏州	497	231	12.4	) when that gives the table's
    width, else only the filled ones: tabs typed twice to align a column make no blank cell."""
    cells = _cells(para)
    return cells if len(cells) == width else _filled_cells(para)


def _has_figure(para: Paragraph) -> bool:
    return any(FIGURE_CELL.fullmatch(cell) for cell in _cells(para))


def _is_figure(cell: str) -> bool:
    """A cell holding a figure, bare (96.27) or with its unit (42件), or a pair of them under a header of two units
    (受理（件/人） over 6/11)."""
    return bool(FIGURE_CELL.fullmatch(cell) or _FIGURE_WITH_UNIT.fullmatch(cell) or _PAIR_CELL.fullmatch(cell))


# 受理（件/人） over 6/11: cases and people, two figures in one cell, each in its unit
_PAIR_CELL = re.compile(r"(\d+)\s*/\s*(\d+)")
_PAIR_UNIT = re.compile(r"([^/]{1,3})/([^/]{1,3})")


def is_table_paragraph(para: Paragraph) -> bool:
    return CELL_SEPARATOR in para.text


_PROSE_CELL_MIN = 8  # Chinese characters: 发明专利授权186件 is a sentence, 1256件 or 12.4% a figure
_FIGURE_IN_WORDS = re.compile(r"\d(?:[余多]?[\u4e00-\u9fff]|%)")  # 9期, 1100余人次, 12.1%


def prose_cells(table: Table) -> dict[int, list[Paragraph]]:
    """The cells of each row written as sentences with figures in them (a scoring table's 完成情况:
    发明专利授权186件，同比增长12.1%), each as a paragraph at its place in the row, for the model to read;
    none from a list of policies, whose titles are read by their column."""
    if _is_policy_list(table):
        return {}
    found: dict[int, list[Paragraph]] = {}
    for row in table.rows:
        start = row.start
        for cell in _cells(row):
            words = _BRACKETED.sub("", cell)
            if not _is_figure(cell) and _FIGURE_IN_WORDS.search(words) and len(_CJK.findall(words)) >= _PROSE_CELL_MIN:
                found.setdefault(row.index, []).append(Paragraph(row.index, start, start + len(cell), cell))
            start += len(cell) + len(CELL_SEPARATOR)
    return found


def find_tables(paragraphs: list[Paragraph]) -> list[Table]:
    """The tables among a document's paragraphs, each with the caption line above it."""
    tables: list[Table] = []
    k = 0
    while k < len(paragraphs):
        if not is_table_paragraph(paragraphs[k]):
            k += 1
            continue
        end = k
        while end < len(paragraphs) and is_table_paragraph(paragraphs[end]):
            end += 1
        run = paragraphs[k:end]
        header = run[0] if not _has_figure(run[0]) else None
        rows = [p for p in run if p is not header]
        if header is not None and rows and len(_filled_cells(rows[0])) <= len(_cells(header)) \
                and all(UNIT_CELL.fullmatch(cell) for cell in _filled_cells(rows[0])):
            header, rows = _with_units_below(header, rows[0]), rows[1:]
        above = paragraphs[k - 1] if k else None
        caption = above if above is not None and above.text and len(above.text) <= _CAPTION_MAX else None
        if caption is not None and _CONTINUED.fullmatch(caption.text) and tables:
            caption = tables[-1].caption  # 续表 over a table's rows on the next page, its header again: the table's caption
        below = paragraphs[end] if end < len(paragraphs) else None
        note = below if below is not None and _NOTE_BELOW.match(below.text) else None
        if rows:
            tables.append(Table(caption, header, rows, note))
        k = end
    return tables


def _with_units_below(names: Paragraph, units: Paragraph) -> Paragraph:
    """A header of two lines as one, each column's unit after its name (专利授权量（件）), the units lined up with
    the names from the right: the corner (地区) has none."""
    name_cells, unit_cells = _cells(names), _filled_cells(units)
    unit_cells = [""] * (len(name_cells) - len(unit_cells)) + unit_cells
    return replace(names, text=CELL_SEPARATOR.join(n + u for n, u in zip(name_cells, unit_cells)))


@dataclass
class _Column:
    kind: str  # "value", "growth", "rank", "unit"
    label: str  # the header without its unit or year
    unit: str | None
    year: int | None


def _column(header: str, note_unit: str | None) -> _Column:
    m = _UNIT_IN_HEADER.search(header)
    unit = (m.group(1) or m.group(2)) if m else None
    label = header[: m.start()] if m else header
    inside = _UNIT_INSIDE_HEADER.search(label) if m is None else None
    if inside is not None:
        unit = inside.group(1)
        label = label[: inside.start()] + _SUB_COLUMN_WORD.sub("", label[inside.end() :])
    after = _UNIT_AFTER_LABEL.search(label) if unit is None else None
    if after is not None and match_indicator(label[: after.start()]) is not None:
        unit, label = after.group(1), label[: after.start()]
    if _UNIT_COLUMN.match(label):
        return _Column("unit", label, None, None)
    if _YEAR_GROUP.match(label):
        return _Column("year", label, None, None)  # 镇 | 年份 | 商标注册（件）: the year of each row's figures
    if _WHEN_COLUMN.match(label):
        return _Column("when", label, None, None)  # 老字号名称 | 创立年份 | 注册商标（件）: when each row's item began, no figure
    if _RANK_HEADER.search(label):
        return _Column("rank", label, None, None)
    if _GROWTH_HEADER.search(label):
        return _Column("growth", label, unit or ("%" if _RATE_HEADER.search(label) else None), None)
    # 2015年, 年度2018年 (a header of two rows, ipie.ingest.grid), 2020年专利申请量: the year apart from the label
    year = _YEAR_HEADER.fullmatch(label) or _YEAR_IN_HEADER.search(label)
    if year is not None:
        label = _YEAR_GROUP.sub("", label[: year.start()] + label[year.end() :])
        if unit is None and _UNIT_ALONE.fullmatch(label):  # 2023年 over 件 (a header of two rows): the year and its unit
            unit, label = label, ""
    count = _COUNT_HEADER.match(label)
    unit = unit or (label if _MEASURE_HEADER.match(label) else count.group(1) if count else
                    "分" if _SCORE_HEADER.search(label) else "家" if _FIRMS_HEADER.search(label)
                    else "件" if _FILINGS_HEADER.match(label) else note_unit)
    return _Column("value", label, unit, int(year.group(1)) if year else None)


def _aligned(cells: list[str], width: int, words: int) -> list[str]:
    """A row short of the header's cells because a label merged down the rows above it was given only to the first
    (产出指标 | 数量指标 | 专利授权量, then | | 发明专利授权量), or across the label columns (合计 | 90 | 88.36), its cells
    lined up from the right: the merged cells are the leading ones. Other short rows stay as they are."""
    missing = width - len(cells)
    if missing <= 0 or not cells or _is_figure(cells[0]):
        return cells
    if _TOTAL_ROW.match(cells[0]) and all(_is_figure(cell) for cell in cells[1:]):
        return cells[:1] + [""] * missing + cells[1:]  # the total's label in the first of the columns it spans
    if missing < words:
        return [""] * missing + cells
    return cells


def _row_year(label: str) -> re.Match | None:
    """The year a row is of (2021年, 2025年（预计）: an estimate is still that year's figure)."""
    return _YEAR_HEADER.fullmatch(_BRACKETED_NOTE.sub("", label).strip())


def _caption_text(caption: Paragraph | None) -> str:
    return _CAPTION_NOISE.sub("", caption.text).strip() if caption is not None else ""


def table_year(table: Table, year: int | None) -> int | None:
    """The year the caption names (2024年度…考核自评得分表 in an appendix after the 2025 plan), else the section's."""
    named = _YEAR.search(_caption_text(table.caption))
    return int(named.group(1)) if named else year


def _row_region(label: str, ctx_region: Region | None) -> Region | None:
    if _TOTAL_ROW.match(label) or _OWN_LEVEL_ROW.match(label) or _REST_ROW.fullmatch(label):
        return ctx_region
    if _BODY_ROW.fullmatch(label):
        named = place_a_name_begins_with(label, ctx_region)
        return named[2] if named is not None else ctx_region
    place = resolve_place(label, within=ctx_region)
    if place is None and _ZONE_ROW.fullmatch(label):
        return ctx_region
    note = _BRACKETED_NOTE.search(label)
    if place is None and note is not None and note.start() > 0:
        return _row_region(label[: note.start()], ctx_region)  # 四平市（全市）, 双辽市（含工业园区）: the place before its note
    return place


def _town_a_label_opens_with(label: str, towns: dict[str, str] | None) -> Region | None:
    """三江绿茶, 辛家沟面花: the town (三江镇) whose stem a row's item is named with, the longest stem first; not a zone or a
    port named so (张江科学城, 友谊关口岸), nor an item named with a county's or a city's name (芦溪县宏达绝缘子有限公司 where 芦溪镇
    is a town too, 瑞昌市范镇…公司, 文山苗乡三七…公司, whose 瑞昌市范 and 文山苗 the document's town list reads too far back)."""
    if not towns or _ZONE_OR_PORT_ROW.search(label) or any(start == 0 for start, _, _ in find_region_spans(label)):
        return None
    stem = next((stem for stem in towns if label.startswith(stem)), None)
    return Region(towns[stem], None, towns[stem]) if stem is not None else None


# 张江科学城, 友谊关口岸, …产业园: a place named after a town, not an item made there
_ZONE_OR_PORT_ROW = re.compile(r"(?:城|口岸|园|园区|区|港|基地|中心)$")


def _indicator_id(label: str, caption: str) -> str | None:
    found = match_indicator(label, caption)
    domain = _DOMAIN.search(caption)
    if found is None and domain and domain.group(1) not in label:
        found = match_indicator(domain.group(1) + label, caption)
    return found


def _with_unit(cell: str, unit: str | None) -> str:
    """The cell's figure with the unit its header gives, before a bound written after the figure (10以上 → 10亿元以上)."""
    if unit and not cell.endswith(unit) and not _FIGURE_WITH_UNIT.fullmatch(cell):
        bound = FIGURE_CELL.fullmatch(cell)
        at = bound.start("bound") if bound and bound.group("bound") else len(cell)
        return cell[:at] + unit + cell[at:]
    return cell


_CARD_MIN = 3  # rows: two lines of label and figure are a pair (ipie.normalize), not a card
_CARD_CHANGE = re.compile("^(?:同比|较上年|比上年)?(?:" + CHANGE_WORD + "|新增)")


def _card_row(cells: list[str]) -> tuple[str, str, dict | None, dict | None] | None:
    """A row of a card of figures (专利授权 | 1386件 | 增长12.4%; 每万人口发明专利拥有量 | 24.6件 | 九江市第1), or with the
    figure first and its caption after it (786件 | 全年专利授权量，同比下降3.9%): its label, its figure with the unit it
    writes, and the change or rank its last cell (or the caption's next clause) gives; None for any other row."""
    if len(cells) == 2 and _FIGURE_WITH_UNIT.fullmatch(cells[0]) and _CJK.search(cells[1]) and not _is_figure(cells[1]):
        label, _, rest = cells[1].partition("，")
        after = _card_row([label, cells[0], rest.split("，")[0]]) if rest else None
        return after or (label, cells[0], None, None)
    if len(cells) not in (2, 3) or not _CJK.search(cells[0]) or _is_figure(cells[0]) or not _FIGURE_WITH_UNIT.fullmatch(cells[1]):
        return None
    if len(cells) == 2:
        return cells[0], cells[1], None, None
    change = _CARD_CHANGE.match(cells[2]) is not None
    parsed = parse_growth(cells[2]) if change else parse_rank(cells[2])
    if parsed is None:
        return None
    return cells[0], cells[1], parsed.to_json() if change else None, None if change else parsed.to_json()


def _card_facts(table: Table, doc_id: str, region: dict | None, year: int | None) -> list[tuple[Paragraph, IndicatorFact]]:
    """A card of figures, a table with no header whose every row is a label, a figure that writes its unit and, after
    it, its change or rank (a post's 【数说2024】): each row says what a sentence would (专利授权1386件，增长12.4%)."""
    lines = ([table.header] if table.header is not None else []) + table.rows  # its first row is no header (1386件)
    rows = [_card_row(_filled_cells(line)) for line in lines]
    if len(rows) < _CARD_MIN or any(row is None for row in rows):
        return []
    caption = _caption_text(table.caption)
    facts = []
    for row, (label, figure, growth, rank) in zip(lines, rows):
        quantity = parse_quantity(figure)
        if quantity is None:
            continue
        fact = IndicatorFact(
            doc=doc_id, region=region, year=table_year(table, year),
            indicator={"text": label, "id": _indicator_id(label, caption)},
            value=quantity.to_json()["value"], unit=quantity.unit, qualifier=quantity.qualifier, growth=growth, rank=rank,
            evidence=Evidence(row.text.replace(CELL_SEPARATOR, " "), 0, len(row.text)),
        )
        facts.append((row, fact))
    return facts


def table_facts(table: Table, doc_id: str, region: dict | None, year: int | None,
                towns: dict[str, str] | None = None) -> list[tuple[Paragraph, IndicatorFact]]:
    """Each figure of the table as a fact, with the row it came from (evidence offsets are the row's); a row of an item
    named after a town the document names (三江绿茶 where it names 三江镇; ``towns`` by stem) is the town's, as in its prose.

    A table without a header line gives none (which figure measures what is unknown), unless it is a card of figures.
    """
    card = _card_facts(table, doc_id, region, year)
    if card or table.header is None or _is_policy_list(table):
        return card
    caption = _caption_text(table.caption)
    note = _UNIT_NOTE.search(table.caption.text) if table.caption is not None else None
    if note is None and table.note is not None:
        note = _UNIT_NOTE_BELOW.search(table.note.text)
    # 表1 …专利申请量（件）: a caption ending in its figures' unit in brackets gives it, as a note would
    in_caption = _UNIT_IN_HEADER.search(caption)
    caption_unit = (in_caption.group(1) or in_caption.group(2)) if in_caption else None
    if caption_unit is not None and _LABEL_UNIT.fullmatch(caption_unit):
        caption = caption[: in_caption.start()]
    else:
        caption_unit = None
    note_unit = note.group(1) if note else caption_unit
    year = table_year(table, year)
    ctx_region = Region.from_json(region)
    first_header = _cells(table.header)[0]
    # 位次 | 省份 | 授权量: the rows' places in the ranking of the first figure column, the label the second cell
    ranked_rows = _RANK_HEADER.fullmatch(first_header) is not None
    serial = 1 if _SERIAL_COLUMN.match(first_header) or ranked_rows else 0  # 序号 | 地区 | 申请量: the label is the second cell
    width = max(len(_filled_cells(row)) for row in table.rows)
    whole_rows = [_row_cells(row, width) for row in table.rows]
    # 合计 | 6384 | 49 | 108.93: a total's label merged across the serial number and the label columns stays its label
    grid = [cells if serial and _TOTAL_ROW.match(cells[0]) else cells[serial:] for cells in whole_rows]
    width -= serial
    headers = _cells(table.header)[serial:]
    headers = [""] * (width - len(headers)) + headers  # an empty corner cell
    columns = [_column(h, note_unit) for h in headers]
    labels = [cells[0] for cells, row in zip(grid, table.rows) if _has_figure(row)]  # not a group's (区县, then blanks)
    places = _place_column(headers, grid, ctx_region)
    region_rows = places is not None or sum(_row_region(label, ctx_region) is not None for label in labels) * 2 > len(labels)
    year_rows = not region_rows and bool(labels) and all(_row_year(label) for label in labels)
    owners = _described_columns(columns, table.note.text if table.note is not None else "")
    # 指标 | 单位 | 都匀市 | 同比增长（%） | 黔南州: rows of indicators whose value columns are headed by places, each its own;
    # 年份 | 全球 | 中国 | 无为市: rows of years too, the caption naming what the figures measure
    places_of_columns = {j: place for j, column in enumerate(columns) if j and column.kind == "value" and column.label
                         and not region_rows
                         and ((place := resolve_place(column.label, within=ctx_region)) is not None and place.text == column.label
                              or (place := _nations_measure(column.label)) is not None)}
    named_columns = sum(1 for j, column in enumerate(columns[1:], start=1)
                        if column.kind == "value" and column.label and j not in places_of_columns)

    # 2020年基数 | 2025年目标 | 2022年底 | 2023年6月 | 进度（%）: the progress of the latest figure, of the last year named before it
    dated = [(j, column.year) for j, column in enumerate(columns) if column.year is not None]
    progress_years = {j: [y for k, y in dated if k < j][-1] for j, column in enumerate(columns)
                      if column.kind == "value" and column.year is None and _RATIO_OF_COLUMNS.search(column.label)
                      and any(k < j for k, _ in dated)}
    first_value = next((j for j in range(1, len(columns)) if columns[j].kind == "value" and j != places), None)
    # 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值: of the columns of words before the figures, the last names the row
    words = next((j for j in range(len(columns)) if any(len(cells) == len(columns) and _is_figure(cells[j]) for cells in grid)),
                 len(columns))
    # not 指标 | 单位's units, nor 产品 | 核准时间's dates
    naming = max(j for j in range(max(1, words)) if j == 0 or (columns[j].kind != "unit" and not all(
        _DATE_CELL.fullmatch(cells[j]) or _EMPTY_CELL.fullmatch(cells[j]) for cells in grid if len(cells) > j)))
    if naming:
        grid = [_aligned(cells, len(columns), words) for cells in grid]
    facts = []
    for row, cells, whole in zip(table.rows, grid, whole_rows):
        if len(cells) != len(columns) or not columns:
            continue  # a row that does not fit the header cannot be read by position
        label = cells[0] if places is None else cells[places]
        row_region = _row_region(label, ctx_region) if region_rows else _town_a_label_opens_with(label, towns) or ctx_region
        if row_region is None:
            continue
        of_year = _row_year(label) if year_rows else None
        if year_rows and of_year is None:
            continue  # a row of no year among the years' rows, with no figure of its own (the rows were told by those with one)
        of_year = of_year or next((_row_year(cell) for cell, col in zip(cells, columns) if col.kind == "year"), None)
        row_year = int(of_year.group(1)) if of_year else None
        row_unit = next((cell for cell, col in zip(cells, columns) if col.kind == "unit"), None)
        label_unit = None
        if not region_rows and not year_rows and row_unit is None:
            # 有效注册商标（万件）: the row names its unit as a header does, unless a 单位 column gives it (…（累计） | 件)
            in_label = _UNIT_IN_HEADER.search(label)
            if in_label and _LABEL_UNIT.fullmatch(in_label.group(1) or in_label.group(2)):  # not 甜椒（彩椒）, another name
                label, label_unit = label[: in_label.start()], in_label.group(1) or in_label.group(2)
        weight = _WEIGHT_IN_LABEL.search(label) if not region_rows and not year_rows else None
        if weight is not None:  # 发明专利申请量（10分） | 目标任务 | …: the points the item is worth, a fact of its own
            label = label[: weight.start()]
            facts.append((row, IndicatorFact(
                doc=doc_id, region=Region(row_region.name, row_region.code, row_region.text).to_json(), year=year,
                indicator={"text": label + "分值", "id": None}, value=parse_number(weight.group(1)),
                unit="分", qualifier=None, growth=None, rank=None,
                evidence=Evidence(row.text.replace(CELL_SEPARATOR, " "), 0, len(row.text)))))
        for j in range(1, len(cells)):
            column = columns[j]
            figure = _is_figure(cells[j])
            leading = _LEADING_FIGURE.match(cells[j]) if column.kind == "value" and not figure else None
            if column.kind != "value" or not (figure or leading):
                continue
            if region_rows:  # 南京市 | 申请量: the column names the indicator, or the caption when it names only a year
                indicator = column.label or caption
            elif year_rows:  # 2015 | 申请量: the column; 2015 | 全球: the caption
                indicator = _YEARS_NAMED.sub("", caption) if j in places_of_columns else column.label
            else:  # 专利申请量 | 2015年: the row, and the column where several name what they hold (年度目标 | 完成值)
                row_label = (cells[naming] or next(cell for cell in cells if cell)) if naming and places is None else label
                indicator = row_label + column.label if named_columns > 1 and not leading and j not in places_of_columns \
                    else row_label
            if not indicator:
                continue
            # a column of percentages (完成率（%）) holds shares or rates of the row's measure, not figures in its unit, and one
            # of points (分值, 自评得分) the points the row's measure scores
            unit = column.unit if column.unit in ("%", "分") else label_unit or column.unit or row_unit
            pair, units = _PAIR_CELL.fullmatch(cells[j]), _PAIR_UNIT.fullmatch(unit or "")
            if pair is not None and units is None:
                continue
            quantities = [parse_quantity(pair.group(k) + units.group(k)) for k in (1, 2)] if pair is not None \
                else [parse_quantity(leading.group(1) if leading else _with_unit(figure_of(cells[j]), unit))]
            if quantities[0] is None:
                continue
            growth = rank = None
            for k in (k for k in range(j + 1, len(cells)) if owners.get(k) == j):
                follower = columns[k]
                if follower.kind == "growth" and growth is None and FIGURE_CELL.fullmatch(cells[k]):
                    parsed = parse_growth(_with_unit(figure_of(cells[k]), follower.unit), trigger=follower.label)
                    growth = parsed.to_json() if parsed else None
                elif follower.kind == "rank" and rank is None:
                    rank = _rank_of(cells[k], _RANK_HEADER.sub("", follower.label))
            if rank is None and j == first_value and ranked_rows:
                rank = _rank_of(whole[0])
            for n, quantity in enumerate(q for q in quantities if q is not None):
                facts.append(
                    (
                        row,
                        IndicatorFact(
                            doc=doc_id,
                            region=places_of_columns[j].to_json() if j in places_of_columns else
                            Region(row_region.name, row_region.code, label if region_rows else row_region.text).to_json(),
                            year=row_year or column.year or progress_years.get(j) or year,
                            indicator={"text": indicator, "id": _indicator_id(indicator, caption)},
                            value=quantity.to_json()["value"],
                            unit=quantity.unit,
                            qualifier=quantity.qualifier,
                            growth=growth if n == 0 else None,  # a pair's change is its first figure's (件数同比…)
                            rank=rank if n == 0 else None,
                            evidence=Evidence(row.text.replace(CELL_SEPARATOR, " "), 0, len(row.text)),
                        ),
                    )
                )
    return facts


def _rank_of(cell: str, scope: str = "") -> dict | None:
    """A rank cell (3) as a rank, in the scope its header names (全州排位 → 全州)."""
    parsed = parse_rank(f"{scope}第{cell}位") if cell.isdigit() else None
    return parsed.to_json() if parsed else None


# 全国同领域申请量（件） beside the county's columns: the country's measure (not 全国知识产权示范企业, an honour)
_NATIONS_MEASURE = re.compile(r"全国[^（(]{0,8}?(?:量|数|额|总数|总量)")


def _nations_measure(label: str) -> Region | None:
    return resolve_place("全国") if _NATIONS_MEASURE.fullmatch(label) else None


def _place_column(headers: list[str], grid: list[list[str]], ctx_region: Region | None) -> int | None:
    """The column after the first headed as where the row's item is (所在地) whose cells name regions
    (most of them): the rows' regions, the first column naming items (百色芒果), not places."""
    for j, header in enumerate(headers[1:], start=1):
        if _PLACE_COLUMN.fullmatch(header):
            cells = [cells[j] for cells in grid if len(cells) > j and cells[j]]
            if cells and sum(_row_region(cell, ctx_region) is not None for cell in cells) * 2 > len(cells):
                return j
    return None


def _described_columns(columns: list[_Column], note: str = "") -> dict[int, int]:
    """The value column each growth or rank column describes: the one right before it, or after a run of
    year columns (指标 | 2023年 | 2022年 | 比上年增长（%）) the latest year's, the one compared with its 上年;
    not a ratio of the columns before (年度目标 | 完成值 | 完成率 | 同比增长: the growth is 完成值's); a growth column
    that names its value column is that one's (专利授权量 | 其中发明 | 有效发明专利 | 授权量同比增长), and so is one the
    note below the table says is a column's (专利授权量 | 其中：发明专利 | 同比增长, 注：“同比增长”为各地专利授权量的同比增幅;
    “同比增长”指发明专利授权量同比增长率), as is a rank column the note says ranks by one (注：排名按专利授权量排序), even
    one before other columns."""
    owners: dict[int, int] = {}
    run: list[int] = []  # the value columns since the last growth or rank column
    for k, column in enumerate(columns[1:], start=1):
        if column.kind == "value":
            if columns[k - 1].kind != "value":
                run = []  # a value after a growth or a rank starts a new run
            run.append(k)
        elif column.kind in ("growth", "rank") and run:
            dated = len(run) > 1 and all(columns[j].year is not None for j in run)
            measured = [j for j in run if not _RATIO_OF_COLUMNS.search(columns[j].label)] or run
            trigger = _GROWTH_HEADER.search(column.label) if column.kind == "growth" else None
            named = column.label[: trigger.start()] if trigger else ""  # 授权量同比增长: the 专利授权量 column's
            naming = [j for j in run if named and named in columns[j].label]
            told = re.search(re.escape(column.label) + r"[”\"]?(?:为|是|指)([^，。；]{2,24}?)(?:的|同比|比上年|增长|增幅|增速)", note) if column.label else None
            if told is None and column.kind == "rank":  # 注：排名按专利授权量排序
                told = _RANKED_BY.search(note)
            # the label the note's words open with (同比增长为发明专利申请量增速: 其中发明), else the longest it names
            # (发明专利授权量, not 专利授权量 in it), in the run or before it
            valued = [j for j in range(1, k) if columns[j].kind == "value" and columns[j].label]
            said = told.group(1) if told else ""
            naming = naming or sorted((j for j in valued if said.startswith(_SUB_COLUMN_WORD.sub("", columns[j].label).lstrip("：:"))),
                                      key=lambda j: -len(columns[j].label)) \
                or sorted((j for j in valued if said and columns[j].label in said), key=lambda j: -len(columns[j].label))
            owners[k] = naming[0] if naming else max(run, key=lambda j: columns[j].year) if dated else measured[-1]
    return owners


def _is_policy_list(table: Table) -> bool:
    """A header with a title column and an issuer's or a document number's (not 名称 | 2019年 | 2020年, whose rows
    are indicators)."""
    headers = _cells(table.header) if table.header is not None else []
    return any(_TITLE_COLUMN.match(h) for h in headers) and any(_ISSUER_COLUMN.match(h) or _DOC_NO_COLUMN.match(h) for h in headers)


def _cell_or_none(cell: str | None) -> str | None:
    return None if cell is None or _EMPTY_CELL.match(cell) else cell


def policy_table_facts(table: Table, doc_id: str, region: dict | None) -> list[tuple[Paragraph, PolicyFact]]:
    """Each row of a list of policies as a policy fact: the title cell (a table writes it without 《》),
    the issuing body's, the document number's and the date's, where the header has such columns."""
    if not _is_policy_list(table):
        return []
    headers = _cells(table.header)
    role_of = {}
    for j, header in enumerate(headers):
        for role, pattern in (("title", _TITLE_COLUMN), ("issuer", _ISSUER_COLUMN), ("doc_no", _DOC_NO_COLUMN), ("date", _DATE_COLUMN)):
            if pattern.match(header) and role not in role_of.values():
                role_of[j] = role
    ctx_region = Region.from_json(region)
    facts = []
    for row in table.rows:
        cells = _cells(row)
        if len(cells) != len(headers):
            continue
        cell = {role: _cell_or_none(cells[j]) for j, role in role_of.items()}
        title = (cell.get("title") or "").strip("《》")
        if not title:
            continue
        doc_no, date = cell.get("doc_no"), parse_date(cell["date"]) if cell.get("date") else None
        named = find_regions(title, within=ctx_region)
        region_named = named[0] if named else ctx_region  # 云南省…方案: the title's region, else the report's
        facts.append(
            (
                row,
                PolicyFact(
                    doc=doc_id,
                    title=title,
                    issuer=cell.get("issuer"),
                    doc_no=doc_no,
                    date=date.iso() if date else None,
                    year=policy_year(doc_no, date),
                    region=region_named.to_json() if region_named else None,
                    evidence=Evidence(row.text.replace(CELL_SEPARATOR, " "), 0, len(row.text)),
                ),
            )
        )
    return facts
