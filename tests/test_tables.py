"""Statistical tables: rows kept apart by the normaliser, read by column into facts.

The seeds have no numeric table, so the tables here are not verbatim: they put
figures the seeds give in prose (seed 004, 四川省 pilot cities) into the layouts
yearbooks use, as a PDF text layer (wide or single spaces), Word and HTML give them.
"""
from pathlib import Path

import pytest

import ipie
from ipie.facts.tables import find_tables, table_facts
from ipie.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent

CITY_TABLE = """四川省

表2 2015年部分试点城市专利申请授权情况
城市  专利申请量（件）  同比增长（%）  专利授权量（件）  排名
绵阳市  7556  20.1  4367  1
德阳市 1796 26 1067 2
广汉市\t663\t-3.2\t342\t3
合计  10015  18.5  5776  -
注：数据来自各市工作总结。"""


def _paragraphs(text):
    return normalize(text).paragraphs()


def _facts(text):
    return [f.to_json() for f in ipie.extract(text, nlp=ipie.baseline.rules_pipeline())]


def test_rows_with_wide_single_or_tab_gaps_become_tab_separated_paragraphs():
    texts = [p.text for p in _paragraphs(CITY_TABLE)]
    assert "城市\t专利申请量（件）\t同比增长（%）\t专利授权量（件）\t排名" in texts
    assert "绵阳市\t7556\t20.1\t4367\t1" in texts
    assert "德阳市\t1796\t26\t1067\t2" in texts  # single spaces: a label and figures only
    assert "广汉市\t663\t-3.2\t342\t3" in texts
    assert texts[-1] == "注：数据来自各市工作总结。"  # prose after the table is not a row


def test_a_label_spaced_out_letter_by_letter_is_one_cell():
    # the thirty-first probe round (r148): 全  省 and 合  计 aligned under two-character names, a table of two years
    text = ("四川省\n\n表1  2023年主要市州发明专利授权量\n                     单位：件\n"
            "市州              2022年        2023年      同比增长(%)\n"
            "全  省            19932         23601          18.4\n"
            "成都市            15318         18012          17.6\n"
            "合 计 1 2 3\n")
    texts = [p.text for p in _paragraphs(text)]
    assert "全省\t19932\t23601\t18.4" in texts and "合计\t1\t2\t3" in texts
    facts = _facts(text)
    assert [(f["region"]["name"], f["year"], f["value"], (f["growth"] or {}).get("value")) for f in facts[:4]] == [
        ("四川省", 2022, 19932, None), ("四川省", 2023, 23601, 18.4), ("成都市", 2022, 15318, None), ("成都市", 2023, 18012, 17.6),
    ]
    assert all(f["indicator"]["id"] == "invention_patent_grants" for f in facts[:4])


def test_row_offsets_map_back_to_the_original_line():
    normalized = normalize(CITY_TABLE)
    row = next(p for p in normalized.paragraphs() if p.text.startswith("德阳市"))
    start, end = normalized.to_original(row.start, row.end)
    assert CITY_TABLE[start:end] == "德阳市 1796 26 1067 2"


@pytest.mark.parametrize(
    "line",
    [
        "2015年绵阳市建设国家知识产权试点城市",  # seed 004 title line
        "全市专利申请7556件、发明专利申请3169件、授权专利4367件",  # seed 004 prose with figures
        "2016-2017 年工作绩效 2018 年工作计划",  # seed 001 table-export heading: not figures
        "iPhone6 Plus 2 3",  # a Latin phrase: after its first word, not figures only
    ],
)
def test_prose_lines_are_not_rows(line):
    assert "\t" not in normalize(line).text


def test_the_seeds_have_no_table_rows():
    for path in sorted((ROOT / "examples").glob("*.txt")):
        assert "\t" not in normalize(path.read_text(encoding="utf-8")).text, path.name


def test_region_rows_give_one_fact_per_figure_with_growth_rank_and_caption_year():
    paragraphs = _paragraphs(CITY_TABLE)
    (table,) = find_tables(paragraphs)
    assert table.caption.text == "表2 2015年部分试点城市专利申请授权情况"  # the table number stays apart from the year
    sichuan = {"name": "四川省", "code": "510000", "text": "四川省"}
    facts = [f.to_json() for _, f in table_facts(table, "t", sichuan, 2016)]
    by_key = {(f["region"]["code"], f["indicator"]["id"]): f for f in facts}
    assert len(facts) == 8
    mianyang = by_key[("510700", "patent_applications")]
    assert (mianyang["year"], mianyang["value"], mianyang["unit"]) == (2015, 7556, "件")
    assert mianyang["growth"]["value"] == 20.1 and mianyang["growth"]["direction"] == "up"
    assert mianyang["rank"] is None  # the rank column follows the grants column
    assert by_key[("510700", "patent_grants")]["rank"]["position"] == 1
    guanghan = by_key[("510681", "patent_applications")]
    assert guanghan["growth"]["direction"] == "down" and guanghan["growth"]["value"] == 3.2
    total = by_key[("510000", "patent_grants")]  # 合计: the section's region
    assert total["value"] == 5776 and total["rank"] is None and total["region"]["text"] == "合计"


def test_indicator_rows_with_year_columns_and_a_unit_column():
    text = "绵阳市\n主要指标\n指标  单位  2010年  2015年\n专利申请量  件  1825  7556\n发明专利申请量  件  633  3169\n资助金额  万元  120.5  391.18"
    (table,) = find_tables(_paragraphs(text))
    mianyang = {"name": "绵阳市", "code": "510700", "text": "绵阳市"}
    facts = [f.to_json() for _, f in table_facts(table, "t", mianyang, 2015)]
    got = {(f["indicator"]["text"], f["year"]): (f["value"], f["unit"]) for f in facts}
    assert got[("专利申请量", 2010)] == (1825, "件")
    assert got[("发明专利申请量", 2015)] == (3169, "件")
    assert got[("资助金额", 2015)] == (3911800, "元")  # money in 元
    assert {f["region"]["code"] for f in facts} == {"510700"}
    assert next(f for f in facts if f["indicator"]["text"] == "专利申请量")["indicator"]["id"] == "patent_applications"
    # the forty-seventh round (r274): a row's bracket beside a 单位 column is no unit (地理标志证明商标（累计） | 件)
    text = "泰州市\n表1　主要指标\n指标\t单位\t2024年\t2023年\n专利授权量\t件\t15862\t17240\n地理标志证明商标（累计）\t件\t27\t25"
    (table,) = find_tables(_paragraphs(text))
    facts = [f.to_json() for _, f in table_facts(table, "t", {"name": "泰州市", "code": "321200"}, 2024)]
    assert [(f["value"], f["unit"], f["year"]) for f in facts][2:] == [(27, "件", 2024), (25, "件", 2023)]


def test_a_year_within_a_column_header_is_the_columns_year():
    # the nineteenth probe round (r74): a header of two rows merged (年度 over 2019年, 2020年), and a
    # region table whose columns name year and indicator together
    text = "江苏省\n指标\t年度2019年\t年度2020年\t2020年同比增长（%）\n专利申请量（件）\t594318\t751842\t26.5"
    (table,) = find_tables(_paragraphs(text))
    jiangsu = {"name": "江苏省", "code": "320000", "text": "江苏省"}
    facts = [f.to_json() for _, f in table_facts(table, "t", jiangsu, 2020)]
    assert [(f["indicator"]["text"], f["year"], f["value"], (f["growth"] or {}).get("value")) for f in facts] == [
        ("专利申请量", 2019, 594318, None), ("专利申请量", 2020, 751842, 26.5),
    ]
    text = "江苏省\n地区\t2019年专利申请量（件）\t2020年专利申请量（件）\n南京市\t121300\t130512\n苏州市\t187000\t206873"
    (table,) = find_tables(_paragraphs(text))
    facts = [f.to_json() for _, f in table_facts(table, "t", jiangsu, 2020)]
    assert [(f["region"]["name"], f["indicator"]["text"], f["year"], f["value"]) for f in facts] == [
        ("南京市", "专利申请量", 2019, 121300), ("南京市", "专利申请量", 2020, 130512),
        ("苏州市", "专利申请量", 2019, 187000), ("苏州市", "专利申请量", 2020, 206873),
    ]


def test_a_two_row_header_gives_the_unit_in_its_upper_cell():
    # the twenty-sixth probe round (r107): 专利授权量（件） merged over 合计 | 其中发明 in a Word table
    text = ("义乌市\n镇街\t专利授权量（件）合计\t专利授权量（件）其中发明\t商标注册量\t同比增长（%）\n"
            "稠城街道\t2186\t128\t12860\t6.2\n合计\t19856\t1268\t76418\t6.8")
    (table,) = find_tables(_paragraphs(text))
    yiwu = {"name": "义乌市", "code": "330782", "text": "义乌市"}
    facts = [f.to_json() for _, f in table_facts(table, "t", yiwu, 2023)]
    assert [(f["region"]["name"], f["indicator"]["text"], f["value"], f["unit"]) for f in facts[:3]] == [
        ("稠城街道", "专利授权量", 2186, "件"), ("稠城街道", "专利授权量发明", 128, "件"), ("稠城街道", "商标注册量", 12860, None),
    ]
    assert facts[2]["growth"]["value"] == 6.2 and facts[5]["region"]["name"] == "义乌市"


def test_a_note_below_the_table_says_which_column_a_growth_column_is_of():
    # the thirty-fifth probe round (r175): the growth after a 其中 column is the total's, as the note says; the
    # fourteenth (r14), with no note, keeps it the column's right before it
    rows = "县（市、区）\t专利授权量（件）\t其中：发明专利（件）\t同比增长（%）\n南湖区\t4862\t1036\t-3.2\n全市\t34186\t6427\t3.6"
    jiaxing = {"name": "嘉兴市", "code": "330400", "text": "嘉兴市"}
    for note, owner in (("\n注：“同比增长”为各地专利授权量的同比增幅；全市合计含嘉兴港区数据。", 4862), ("", 1036)):
        (table,) = find_tables(_paragraphs("嘉兴市\n表1  2023年各县（市、区）专利授权情况\n" + rows + note))
        facts = [f.to_json() for _, f in table_facts(table, "t", jiaxing, 2023)]
        assert [(f["value"], f["growth"]["value"], f["growth"]["direction"]) for f in facts if f["growth"]][0] == (owner, 3.2, "down")
    # a note naming a label that holds another column's is that column's, the longer (r61)
    text = ("武汉市\n区域\t专利授权量（件）\t发明专利授权量（件）\t有效注册商标（件）\t同比增长（%）\n洪山区\t8120\t2310\t45120\t12.5\n"
            "注：同比增长为发明专利授权量的增长；洪山区数据不含东湖高新区托管区域。")
    (table,) = find_tables(_paragraphs(text))
    wuhan = {"name": "武汉市", "code": "420100", "text": "武汉市"}
    facts = [f.to_json() for _, f in table_facts(table, "t", wuhan, 2023)]
    assert [f["value"] for f in facts if f["growth"]] == [2310]


def test_a_cell_of_two_figures_under_a_header_of_two_units_gives_both():
    # the ninety-third round (r550): a procuratorate's table of cases and people (受理（件/人） over 6/11)
    text = ("凌海市\n表1  2023年受理审查起诉侵犯知识产权犯罪案件情况\n案件类型\t受理（件/人）\t起诉（件/人）\t同比变化\n"
            "假冒注册商标罪\t6/11\t5/9\t增加2件\n侵犯著作权罪\t1/2\t1/2\t增加1件\n合计\t19/36\t15/27\t下降5.0%")
    (table,) = find_tables(_paragraphs(text))
    linghai = {"name": "凌海市", "code": "210781", "text": "凌海市"}
    facts = [f.to_json() for _, f in table_facts(table, "t", linghai, 2023)]
    assert [(f["indicator"]["text"], f["value"], f["unit"]) for f in facts][:4] == [
        ("假冒注册商标罪受理", 6, "件"), ("假冒注册商标罪受理", 11, "人"), ("假冒注册商标罪起诉", 5, "件"), ("假冒注册商标罪起诉", 9, "人")]
    assert len(facts) == 12


def test_a_card_of_figures_each_before_its_caption():
    # the ninety-third round (r548): 786件 | 全年专利授权量，同比下降3.9%, the figure first
    text = "栖霞市\n• 786件\n全年专利授权量，同比下降3.9%\n• 68件\n发明专利授权量，同比增长23.6%，增幅居烟台市各区市第2位\n• 46.3%\n农产品类商标占有效注册商标的比重"
    (table,) = find_tables(_paragraphs(text))
    qixia = {"name": "栖霞市", "code": "370686", "text": "栖霞市"}
    facts = [f.to_json() for _, f in table_facts(table, "t", qixia, 2022)]
    assert [(f["indicator"]["text"], f["value"], f["unit"], f["growth"] and (f["growth"]["value"], f["growth"]["direction"]))
            for f in facts] == [("全年专利授权量", 786, "件", (3.9, "down")), ("发明专利授权量", 68, "件", (23.6, "up")),
                                ("农产品类商标占有效注册商标的比重", 46.3, "%", None)]


def test_a_two_row_header_gives_the_unit_in_its_lower_cell():
    # the thirty-first probe round (r144): 发明专利授权量 spanning 件 | 同比增长(%) in a Word table, merged as
    # 发明专利授权量件; 有效发明专利 spanning 件 | 每万人口拥有量(件)
    text = ("江西省\n设区市\t发明专利授权量件\t发明专利授权量同比增长(%)\t有效发明专利件\t有效发明专利每万人口拥有量(件)\n"
            "南昌市\t3126\t18.4\t21650\t32.96\n全省\t7092\t17.6\t52860\t11.71")
    (table,) = find_tables(_paragraphs(text))
    jiangxi = {"name": "江西省", "code": "360000", "text": "江西省"}
    facts = [f.to_json() for _, f in table_facts(table, "t", jiangxi, 2024)]
    assert [(f["region"]["name"], f["indicator"]["text"], f["value"], f["unit"]) for f in facts[:3]] == [
        ("南昌市", "发明专利授权量", 3126, "件"), ("南昌市", "有效发明专利", 21650, "件"),
        ("南昌市", "有效发明专利每万人口拥有量", 32.96, "件"),
    ]
    assert facts[0]["growth"]["value"] == 18.4


def test_a_group_row_under_the_header_and_a_growth_column_naming_its_value_column():
    # the twenty-seventh probe round (r113): a spreadsheet export with a row naming the group of rows under the
    # header, and the growth column after 有效发明专利 naming 授权量 as the figure it compares
    text = ("西安市\n\n表1 2023年西安市各区县（开发区）专利授权及有效发明专利情况\n"
            "区县（开发区）\t专利授权量（件）\t其中发明（件）\t有效发明专利（件）\t授权量同比增长（%）\n"
            "区县\t\t\t\t\n新城区\t2136\t412\t1735\t-2.4\n碑林区\t4862\t1986\t9862\t3.1\n"
            "开发区\t\t\t\t\n西安高新区\t24,580\t9,215\t38,925\t-6.2")
    texts = [p.text for p in _paragraphs(text)]
    assert texts[1] == "表1 2023年西安市各区县（开发区）专利授权及有效发明专利情况"
    facts = {f["value"]: f for f in _facts(text)}
    assert facts[2136]["region"]["name"] == "新城区" and facts[24580]["region"]["name"] == "西安市"
    assert (facts[2136]["growth"]["value"], facts[2136]["growth"]["direction"]) == (2.4, "down")
    assert facts[1735]["growth"] is None and facts[4862]["growth"]["value"] == 3.1


def test_year_rows_take_the_indicator_from_the_column():
    text = "德阳市\n年份  专利申请量  专利授权量\n2014  1425  880\n2015  1796  1067"
    (table,) = find_tables(_paragraphs(text))
    deyang = {"name": "德阳市", "code": "510600", "text": "德阳市"}
    facts = [f.to_json() for _, f in table_facts(table, "t", deyang, None)]
    assert [(f["year"], f["indicator"]["id"], f["value"]) for f in facts] == [
        (2014, "patent_applications", 1425), (2014, "patent_grants", 880),
        (2015, "patent_applications", 1796), (2015, "patent_grants", 1067),
    ]


def test_a_unit_note_in_the_caption_and_a_row_that_does_not_fit_the_header():
    text = "四川省\n2015年试点城市知识产权资助（单位：万元）\n城市  专利资助  商标资助\n绵阳市  391.18  50\n德阳市  120\n广汉市  80  12"
    (table,) = find_tables(_paragraphs(text))
    facts = [f.to_json() for _, f in table_facts(table, "t", None, None)]
    assert {(f["region"]["name"], f["indicator"]["text"], f["value"], f["unit"]) for f in facts} == {
        ("绵阳市", "专利资助", 3911800, "元"), ("绵阳市", "商标资助", 500000, "元"),
        ("广汉市", "专利资助", 800000, "元"), ("广汉市", "商标资助", 120000, "元"),
    }  # 德阳市 has one figure for two columns: which one is unknown, so none is read


def test_a_unit_note_under_the_table_names_the_unit_of_the_bare_columns():
    # the thirty-second round (r152): a bulletin's tables say their unit only in the note under them
    text = ("山西省\n表1  2023年1—9月各市专利授权情况\n地市\t专利授权量\t同比(%)\t其中：发明\t同比(%)\n"
            "太原市\t10862\t-2.0\t3318\t29.5\n大同市\t1486\t-7.8\t214\t21.6\n"
            "注：1.数据来源于国家知识产权局；2.专利授权量单位为件，同比为与上年同期相比的增减幅度（%）。")
    (table,) = find_tables(_paragraphs(text))
    facts = [f.to_json() for _, f in table_facts(table, "t", None, None)]
    assert [(f["region"]["name"], f["value"], f["unit"], f["growth"]["value"]) for f in facts] == [
        ("太原市", 10862, "件", 2.0), ("太原市", 3318, "件", 29.5), ("大同市", 1486, "件", 7.8), ("大同市", 214, "件", 21.6)]
    # a note that names no measure word gives none (数据报送单位为各市市场监管局)
    (table,) = find_tables(_paragraphs(text.replace("专利授权量单位为件", "数据报送单位为各市市场监管局")))
    assert {f.unit for _, f in table_facts(table, "t", None, None)} == {None}


def test_extract_reads_tables_and_prose_in_text_order_with_row_evidence():
    facts = _facts(CITY_TABLE)
    table_rows = [f for f in facts if f["evidence"]["text"].startswith(("绵阳市", "德阳市", "广汉市", "合计"))]
    assert len(table_rows) == 8
    starts = [f["evidence"]["start"] for f in facts]
    assert starts == sorted(starts)
    first = table_rows[0]
    assert CITY_TABLE[first["evidence"]["start"] : first["evidence"]["end"]] == "绵阳市  7556  20.1  4367  1"


# the twenty-second probe round (r87): a table typed with tabs, one cell left blank in a row's middle, one at its
# end, and tabs typed twice to align a row
BLANK_CELL_TABLE = """四川省
表2 2015年部分试点城市专利申请授权情况
城市\t专利申请量（件）\t同比增长（%）\t专利授权量（件）
绵阳市\t7556\t\t4367
德阳市\t1796\t26\t
广汉市\t\t663\t\t-3.2\t\t342"""


def test_blank_cells_keep_the_figures_after_them_in_their_columns():
    rows = [p.text for p in _paragraphs(BLANK_CELL_TABLE)][2:]
    assert rows[:3] == ["城市\t专利申请量（件）\t同比增长（%）\t专利授权量（件）", "绵阳市\t7556\t\t4367", "德阳市\t1796\t26\t"]
    (table,) = find_tables(_paragraphs(BLANK_CELL_TABLE))
    facts = [f.to_json() for _, f in table_facts(table, "t", None, 2015)]
    growth = lambda f: f["growth"] and (f["growth"]["value"], f["growth"]["direction"])  # noqa: E731
    assert [(f["region"]["name"], f["indicator"]["text"], f["value"], growth(f)) for f in facts] == [
        ("绵阳市", "专利申请量", 7556, None), ("绵阳市", "专利授权量", 4367, None),
        ("德阳市", "专利申请量", 1796, (26, "up")),
        ("广汉市", "专利申请量", 663, (3.2, "down")), ("广汉市", "专利授权量", 342, None),
    ]


def _docx_table(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("四川省")
    document.add_paragraph("表2 2015年部分试点城市专利申请授权情况")
    rows = [("城市", "专利申请量（件）", "专利授权量（件）"), ("绵阳市", "7556", "4367"), ("德阳市", "1796", "1067")]
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(path))
    return path


def test_docx_and_html_tables_reach_the_facts(tmp_path):
    html = tmp_path / "cities.html"
    html.write_text(
        "<html><body><p>四川省</p><p>表2 2015年部分试点城市专利申请授权情况</p><table>"
        "<tr><th>城市</th><th><p>专利申请量</p><p>（件）</p></th><th>专利授权量（件）</th></tr>"
        "<tr><td>绵阳市</td><td>7556</td><td>4367</td></tr><tr><td>德阳市</td><td>1796</td><td>1067</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    docx_path = _docx_table(tmp_path / "cities.docx")
    results = list(ipie.annotate_files([docx_path, html], ipie.baseline.rules_pipeline()))
    for result in results:
        got = {(f.region["code"], f.indicator["id"], f.year, f.value) for f in result.facts}
        assert {("510700", "patent_applications", 2015, 7556), ("510600", "patent_grants", 2015, 1067)} <= got, result.path


def test_render_tables_the_facts_of_a_table():
    from ipie.render import render_document

    page = render_document(ipie.baseline.rules_pipeline(), "cities", CITY_TABLE)
    assert "<td>510700</td>" in page and "<td>7556</td>" in page and "<td>patent_grants</td>" in page
    row = CITY_TABLE.index("绵阳市  7556")  # evidence offsets index the original text, not the row
    assert f"<td>{row}</td><td>{row + len('绵阳市  7556  20.1  4367  1')}</td>" in page


def test_rows_without_a_header_give_no_facts():
    text = "四川省\n2015年主要数据\n绵阳市  7556  20.1\n德阳市  1796  26"
    tables = find_tables(_paragraphs(text))
    assert len(tables) == 1 and tables[0].header is None
    assert table_facts(tables[0], "t", None, 2015) == []


def test_town_rows_take_the_town_for_region():
    # not in the seeds (the fourth probe): a county-level city's table by town, which GB/T 2260 does not code
    text = "慈溪市\n\n表1 2019年各镇（街道）专利申请情况\n镇（街道）  专利申请（件）  其中发明（件）\n周巷镇  2105  186\n坎墩街道  1263  98\n全市  22618  3126"
    regions = {(f["region"]["name"], f["region"]["code"]) for f in _facts(text) if f["value"] in (2105, 186, 1263, 98, 22618)}
    assert regions == {("周巷镇", None), ("坎墩街道", None), ("慈溪市", "330282")}


def test_a_zone_row_takes_the_table_region():
    # not in the seeds (the twelfth probe, 陕西省): a zone is no region, so its row's figures are the
    # table's region's, as a zone's figures in prose are its region's
    text = ("陕西省\n\n表1 2018年各市（区）专利申请授权情况\n市（区）  专利申请量（件）  专利授权量（件）\n"
            "西安市  57436  28911\n宝鸡市  5032  2890\n杨凌示范区  2689  1893\n全省  79255  44224")
    regions = {f["value"]: f["region"]["code"] for f in _facts(text)}
    assert regions[57436] == "610100" and regions[5032] == "610300"
    assert regions[2689] == regions[1893] == regions[79255] == "610000"
    # the twenty-fifth round (r99): 莘庄工业区 among a district's towns
    text = ("闵行区\n\n表1 2023年各街镇专利授权情况\n街镇\t专利授权量（件）\t发明专利授权量（件）\n"
            "莘庄镇\t2136\t598\n莘庄工业区\t1120\t286\n合计\t3256\t884")
    regions = {f["value"]: f["region"]["name"] for f in _facts(text)}
    assert regions[2136] == "莘庄镇" and regions[1120] == regions[286] == regions[3256] == "闵行区"
    # the twenty-seventh round (r111, r113): a cooperation zone and an ecological zone are zones too
    text = ("深圳市\n\n表1 2023年各区专利授权情况\n区\t专利授权量（件）\t有效发明专利（件）\n"
            "南山区\t51236\t98213\n深汕特别合作区\t1058\t386\n大鹏生态区\t1384\t806")
    regions = {f["value"]: f["region"]["name"] for f in _facts(text)}
    assert regions[51236] == "南山区" and regions[1058] == regions[1384] == "深圳市"
    # the forty-eighth round (r276): an airport economic zone (临空经济区)
    text = ("鄂州市\n\n表1 2024年各区有效发明专利情况\n地区\t有效发明专利（件）\t商标注册量（件）\n"
            "华容区\t1036\t1288\n临空经济区\t472\t612")
    regions = {f["value"]: f["region"]["name"] for f in _facts(text)}
    assert regions[1036] == "华容区" and regions[472] == regions[612] == "鄂州市"
    # the thirty-first round (r122): a zone's row named by the kind of zone alone
    text = ("合肥市\n\n表1 2023年各县（市）区发明专利授权情况\n县（市）区\t发明专利授权量（件）\t有效发明专利（件）\n"
            "蜀山区\t3518\t14206\n高新区\t4826\t21537\n经开区\t2637\t9187")
    regions = {f["value"]: f["region"]["name"] for f in _facts(text)}
    assert regions[3518] == "蜀山区" and regions[4826] == regions[2637] == regions[9187] == "合肥市"
    # the thirty-second round (r154): a 台商投资区, a kind of zone in 福建
    text = ("泉州市\n\n表1 2022年各县（市、区）专利授权情况\n县（市、区）\t专利授权量（件）\t增长（%）\n"
            "晋江市\t11286\t-6.2\n泉州台商投资区\t782\t12.5")
    regions = {f["value"]: f["region"]["name"] for f in _facts(text)}
    assert regions[11286] == "晋江市" and regions[782] == "泉州市"


def test_a_table_drawn_with_box_characters_by_public_body():
    # not in the seeds (the twenty-sixth probe, r105): a customs' plain-text table drawn with ─ and │, rows
    # of bodies named after the district they serve or after no region, a column headed by its measure word
    text = ("宁波市\n\n表1 2023年各隶属海关查扣侵权嫌疑货物情况\n"
            "──────────────────────────────\n"
            " 隶属海关        │  批次  │ 件数（万件） │ 货值（万元）\n"
            "──────────────────────────────\n"
            " 北仑海关        │   268  │     712.5    │    4862.3\n"
            " 大榭海关        │    21  │      96.8    │     613.7\n"
            " 宁波保税区海关  │   512  │       6.9    │     486.1\n"
            " 慈溪海关        │    14  │      76.4    │     905.2\n"
            "──────────────────────────────\n"
            " 合计            │  815  │    892.4    │   6867.3\n"
            "──────────────────────────────\n")
    texts = [p.text for p in _paragraphs(text)]
    assert "隶属海关\t批次\t件数（万件）\t货值（万元）" in texts and "北仑海关\t268\t712.5\t4862.3" in texts
    assert not any("─" in t for t in texts)
    facts = {f["value"]: f for f in _facts(text)}
    assert (facts[268]["unit"], facts[7125000]["unit"], facts[48623000]["unit"]) == ("批次", "件", "元")
    assert facts[268]["region"]["name"] == "北仑区" and facts[14]["region"]["name"] == "慈溪市"
    assert facts[21]["region"]["name"] == facts[512]["region"]["name"] == facts[815]["region"]["name"] == "宁波市"
    # a court's row is the district it serves, the city's specialised courts the city's
    text = ("杭州市\n\n表2 2023年各法院知识产权案件收结案情况\n法院\t新收（件）\t审结（件）\n"
            "杭州互联网法院\t3120\t3056\n西湖区人民法院\t2418\t2390\n滨江区人民法院\t1985\t1960")
    regions = {f["value"]: f["region"]["name"] for f in _facts(text)}
    assert regions[3120] == "杭州市" and regions[2418] == "西湖区" and regions[1985] == "滨江区"


def test_indicator_rows_name_their_unit_in_the_label():
    # not in the seeds (the thirteenth probe, 福建省): a main-indicators table whose rows carry the unit
    text = ("福建省\n表1 2016—2017年福建省知识产权主要指标\n指标 2016年 2017年 同比增长（%）\n"
            "专利申请量（件） 87650 128463 46.6\n有效注册商标（万件） 78.2 98.5 26.0\n"
            "专利权质押融资金额（亿元） 32.6 45.3 39.0")
    got = {(f["indicator"]["text"], f["year"]): (f["value"], f["unit"], (f["growth"] or {}).get("value")) for f in _facts(text)}
    assert got[("专利申请量", 2016)] == (87650, "件", None)
    assert got[("专利申请量", 2017)] == (128463, "件", 46.6)
    assert got[("有效注册商标", 2017)] == (985000, "件", 26.0)
    assert got[("专利权质押融资金额", 2016)] == (3260000000, "元", None)


def test_a_growth_column_after_the_years_newest_first_is_the_latest_years():
    # the twenty-first round (r84): a statistical bulletin puts this year before last year
    text = ("西安市\n表10-1 2023年西安市科技创新和知识产权主要指标\n指标\t单位\t2023年\t2022年\t比上年增长（%）\n"
            "专利授权量\t件\t71536\t75842\t-5.7\n技术合同成交额\t万元\t38654200\t31402600\t23.1")
    got = {(f["indicator"]["text"], f["year"]): (f["value"], f["growth"]) for f in _facts(text)}
    assert got[("专利授权量", 2023)] == (71536, {"value": 5.7, "unit": "%", "direction": "down", "text": "比上年增长-5.7%"})
    assert got[("专利授权量", 2022)] == (75842, None)
    assert got[("技术合同成交额", 2023)][1]["value"] == 23.1 and got[("技术合同成交额", 2022)] == (314026000000, None)


def test_a_serial_number_column_and_a_total_row_named_by_the_prefecture():
    # the twentieth round (r77, r80): 序号 numbers the rows; 全州合计 is the report's own region
    text = ("延边朝鲜族自治州\n表1 2019年各县市专利情况\n序号\t县市\t专利申请量（件）\t专利授权量（件）\n"
            "1\t延吉市\t1062\t662\n2\t图们市\t121\t58\n3\t全州合计\t2346\t1434")
    (table,) = find_tables(_paragraphs(text))
    region = {"name": "延边朝鲜族自治州", "code": "222400", "text": "延边朝鲜族自治州"}
    facts = [f.to_json() for _, f in table_facts(table, "t", region, 2019)]
    assert {(f["region"]["code"], f["indicator"]["text"], f["value"]) for f in facts} == {
        ("222401", "专利申请量", 1062), ("222401", "专利授权量", 662), ("222402", "专利申请量", 121),
        ("222402", "专利授权量", 58), ("222400", "专利申请量", 2346), ("222400", "专利授权量", 1434),
    }


def test_a_leading_rank_column_numbers_the_rows_and_ranks_the_first_figure_column():
    # the fortieth round (r220): 位次 | 省份 | …: the rank is no row label, the province after it is
    text = ("全国\n表1 2024年发明专利授权量排名前十的省份\n位次\t省份\t发明专利授权量（件）\t同比增长（%）\t有效发明专利拥有量（件）\n"
            "1\t广东\t146820\t14.8\t684210\n2\t江苏\t118530\t16.2\t595300")
    (table,) = find_tables(_paragraphs(text))
    region = {"name": "中国", "code": "100000", "text": "全国"}
    facts = [f.to_json() for _, f in table_facts(table, "t", region, 2024)]
    assert {(f["region"]["code"], f["indicator"]["text"], f["value"], (f["rank"] or {}).get("position")) for f in facts} == {
        ("440000", "发明专利授权量", 146820, 1), ("440000", "有效发明专利拥有量", 684210, None),
        ("320000", "发明专利授权量", 118530, 2), ("320000", "有效发明专利拥有量", 595300, None),
    }


POLICY_TABLE = [
    ("序号", "文件名称", "发文单位", "文号", "印发日期"),
    ("1", "云南省知识产权强省建设推进计划（2023—2025年）", "云南省人民政府办公厅", "云政办发〔2023〕18号", "2023年3月20日"),
    ("2", "云南省知识产权纠纷快速处理工作指引（试行）", "云南省知识产权局", "—", "2023年8月25日"),
    ("3", "中国（云南）自由贸易试验区知识产权保护若干措施", "云南省知识产权局、云南省商务厅、昆明海关", "云知发〔2023〕15号", "2023年11月6日"),
]


@pytest.mark.parametrize("first_column", [0, 1])
def test_a_word_table_listing_policies_gives_a_policy_fact_per_row(tmp_path, first_column):
    # the twentieth round (r80): titles in table cells carry no 《》; the cells hold no figures but 序号,
    # and none at all without it
    import docx

    document = docx.Document()
    document.add_paragraph("2023年云南省知识产权工作报告")
    document.add_paragraph("全年出台政策文件3件（见表2）。")
    document.add_paragraph("表2 2023年出台的知识产权政策文件")
    table = document.add_table(rows=len(POLICY_TABLE), cols=5 - first_column)
    for r, row in enumerate(POLICY_TABLE):
        for c, value in enumerate(row[first_column:]):
            table.cell(r, c).text = value
    document.save(str(tmp_path / "policies.docx"))
    (result,) = ipie.annotate_files([tmp_path / "policies.docx"], ipie.baseline.rules_pipeline())
    policies = [f.to_json() for f in result.facts if f.kind == "policy"]
    assert [(p["title"], p["issuer"], p["doc_no"], p["date"], p["year"]) for p in policies] == [
        ("云南省知识产权强省建设推进计划（2023—2025年）", "云南省人民政府办公厅", "云政办发〔2023〕18号", "2023-03-20", 2023),
        ("云南省知识产权纠纷快速处理工作指引（试行）", "云南省知识产权局", None, "2023-08-25", 2023),
        ("中国（云南）自由贸易试验区知识产权保护若干措施", "云南省知识产权局、云南省商务厅、昆明海关", "云知发〔2023〕15号", "2023-11-06", 2023),
    ]
    assert policies[0]["evidence"]["text"].startswith(("1 ", "")[first_column] + "云南省知识产权强省建设推进计划")
    assert not [f for f in result.facts if f.kind == "indicator" and f.evidence.text.startswith(("1 ", "2 ", "3 "))]


def test_a_table_of_indicators_by_year_headed_by_name_is_no_list_of_policies():
    text = "四川省\n表1 专利情况\n名称\t2014年\t2015年\n专利申请量（件）\t54838\t64953\n专利授权量（件）\t31826\t40230"
    (table,) = find_tables(_paragraphs(text))
    sichuan = {"name": "四川省", "code": "510000", "text": "四川省"}
    facts = [f.to_json() for _, f in table_facts(table, "t", sichuan, 2015)]
    assert {(f["indicator"]["text"], f["year"], f["value"]) for f in facts} == {
        ("专利申请量", 2014, 54838), ("专利申请量", 2015, 64953), ("专利授权量", 2014, 31826), ("专利授权量", 2015, 40230)}


def test_a_targets_table_gives_its_growth_to_the_figure_achieved_and_names_each_column():
    # the twenty-fourth round (r96): 年度目标 | 完成值 | 完成率 | 同比增长, a target given as a bound
    text = ("襄阳市\n2023年主要指标完成情况表\n序号\t指标名称\t单位\t年度目标\t完成值\t完成率（%）\t同比增长（%）\n"
            "1\t发明专利授权量\t件\t2400\t2716\t113.2\t21.6\n7\t国家知识产权示范、优势企业\t家\t≥25\t28\t112.0\t16.7")
    got = {f["indicator"]["text"]: (f["value"], f["unit"], f["qualifier"], (f["growth"] or {}).get("value")) for f in _facts(text)}
    assert got["发明专利授权量年度目标"] == (2400, "件", None, None)
    assert got["发明专利授权量完成值"] == (2716, "件", None, 21.6)
    assert got["发明专利授权量完成率"] == (113.2, "%", None, None)
    assert got["国家知识产权示范、优势企业年度目标"] == (25, "家", "at_least", None)
    # the forty-eighth round (r282): the bound written after the figure, the unit in a column of its own
    text = ("达州市\n表1 2025年主要预期指标\n指标\t2024年完成\t2025年目标\t单位\n"
            "专利商标质押融资金额\t8.37\t10以上\t亿元\n专利授权量\t3268\t3500左右\t件")
    got = {(f["indicator"]["text"], f["year"]): (f["value"], f["unit"], f["qualifier"]) for f in _facts(text)}
    assert got[("专利商标质押融资金额目标", 2025)] == (1000000000, "元", "at_least")
    assert got[("专利授权量目标", 2025)] == (3500, "件", "approx")
    assert got[("专利授权量完成", 2024)] == (3268, "件", None)
    # the fiftieth round (r297): each row names its unit, and the rate column is in % all the same
    text = ("松原市\n表2 2024年重点指标完成情况\n指标\t2024年目标\t2024年完成\t完成率（%）\n"
            "发明专利授权量（件）\t220\t236\t107.3\n专利商标质押融资额（亿元）\t2.50\t2.86\t114.4")
    got = {f["indicator"]["text"]: (f["value"], f["unit"]) for f in _facts(text)}
    assert got["发明专利授权量完成"] == (236, "件") and got["发明专利授权量完成率"] == (107.3, "%")
    assert got["专利商标质押融资额目标"] == (250000000, "元") and got["专利商标质押融资额完成率"] == (114.4, "%")


def test_a_column_saying_where_each_rows_item_is_gives_the_rows_region():
    # the thirty-first round (r119): geographic-indication products, each with the city it is from
    text = """广西壮族自治区

表2 2023年广西地理标志产品品牌价值前五位
产品名称\t所在地\t品牌价值（亿元）
横县茉莉花\t横州市\t216.83
百色芒果\t百色市\t98.52
梧州六堡茶\t梧州市\t41.27"""
    facts = [(f["region"]["code"], f["indicator"]["text"], f["value"]) for f in _facts(text)]
    assert facts == [("450181", "品牌价值", 21683000000), ("451000", "品牌价值", 9852000000), ("450400", "品牌价值", 4127000000)]
    # the hundred-and-eleventh round (r626): a case's requester's town (请求人所在地), a column in the middle of the row
    text = """无棣县

表2 2022年专利侵权纠纷行政裁决案件
序号\t案由\t请求人所在地\t受理日期\t结案方式\t涉案金额（万元）
1\t实用新型专利侵权纠纷（去核机）\t碣石山镇\t2022.1.12\t调解结案\t8.50
2\t外观设计专利侵权纠纷（包装盒）\t棣丰街道\t2022.2.16\t调解结案\t3.20
3\t发明专利侵权纠纷（母液回收方法）\t水湾镇\t2022.3.3\t裁决结案\t86.00"""
    assert [(f["region"]["name"], f["value"]) for f in _facts(text)] == [("碣石山镇", 85000), ("棣丰街道", 32000), ("水湾镇", 860000)]


def test_a_column_of_when_each_rows_item_began_gives_no_figures():
    # the hundred-and-eleventh round (r628): time-honoured brands with the year each was founded, and their marks
    text = """鲁山县

表1 鲁山县老字号知识产权情况
老字号名称\t所在乡镇\t创立年份\t注册商标（件）
段店窑\t梁洼镇\t1958\t9
同兴和酱园\t琴台街道\t1898\t3"""
    assert [(f["region"]["name"], f["value"], f["unit"]) for f in _facts(text)] == [("梁洼镇", 9, "件"), ("琴台街道", 3, "件")]


def test_a_row_of_an_item_named_after_a_town_the_report_names_is_the_towns():
    # the hundred-and-eleventh round (r650, r633): 三江绿茶 in a table of brands, where the prose names 三江镇
    text = """汶川县

三江镇依托茶园发展文旅产业。

表1 汶川县主要农产品品牌产销情况
品牌\t产量（吨）\t产值（万元）
汶川甜樱桃\t6200\t49600
三江绿茶\t186\t3720"""
    facts = [(f["region"]["name"], f["indicator"]["text"], f["value"]) for f in _facts(text)]
    assert facts == [("汶川县", "汶川甜樱桃产量", 6200), ("汶川县", "汶川甜樱桃产值", 496000000),
                     ("三江镇", "三江绿茶产量", 186), ("三江镇", "三江绿茶产值", 37200000)]
    # not a zone named after a town (r223: 张江科学城 is 浦东新区's), nor a firm named with its county's or city's name (r636:
    # 芦溪县宏达绝缘子有限公司 where 芦溪镇 is a town too; r597: 瑞昌市范镇…公司, whose stem 瑞昌市范 the town list reads too far back)
    text = """浦东新区

张江镇是张江科学城的核心。瑞昌市范镇鑫发竹业有限公司获奖。芦溪镇有电瓷企业。

表2 重点区域和企业专利情况
区域\t专利授权量（件）
张江科学城\t8426
瑞昌市范镇鑫发竹业有限公司\t12
芦溪县宏达绝缘子有限公司\t15"""
    assert [f["region"]["name"] for f in _facts(text)] == ["浦东新区", "浦东新区", "浦东新区"]


def test_a_figure_cell_with_a_remark_in_brackets_is_read():
    # the thirty-first round (r123): a plan's review table remarks on the targets met early
    text = """成都市

表1 “十四五”规划主要指标完成情况
指标\t2020年基期\t2025年目标\t2023年实际\t完成进度
专利权质押融资额（亿元）\t56.2\t100\t108.5\t108.5%（提前完成）
作品著作权登记量（万件）\t13.2\t20\t21.6\t108.0%（提前完成）"""
    progress = [(f["indicator"]["text"], f["value"], f["unit"]) for f in _facts(text) if f["unit"] == "%"]
    assert progress == [("专利权质押融资额完成进度", 108.5, "%"), ("作品著作权登记量完成进度", 108.0, "%")]


def test_a_header_with_its_units_on_a_line_below_its_names_is_read():
    # the forty-first round (r221): a table laid out with spaces, the units under the columns' names
    text = """宁夏回族自治区

表1  2022年全区各市专利主要指标
地区      专利授权量   发明专利授权量   发明专利授权增速   有效发明专利
          （件）       （件）           （%）              （件）
银川市    6218         1012             22.4               4586
固原市    904          71               -6.6               281
"""
    facts = [(f["region"]["name"], f["indicator"]["text"], f["value"], f["unit"], (f["growth"] or {}).get("value"))
             for f in _facts(text)]
    assert facts == [("银川市", "专利授权量", 6218, "件", None), ("银川市", "发明专利授权量", 1012, "件", 22.4),
                     ("银川市", "有效发明专利", 4586, "件", None), ("固原市", "专利授权量", 904, "件", None),
                     ("固原市", "发明专利授权量", 71, "件", 6.6), ("固原市", "有效发明专利", 281, "件", None)]


def test_a_rank_columns_header_names_its_scope():
    # the one hundred and sixth round (r618): 指标 | 2023年 | 同比增长（%） | 全州排位, the rank within the prefecture, not a figure
    text = """临夏市2023年知识产权工作总结

表1 2023年临夏市知识产权主要指标
指标\t2023年\t同比增长（%）\t全州排位
专利授权量（件）\t412\t-6.4\t1
知识产权质押融资额（万元）\t4860\t35.4\t2"""
    facts = [(f["indicator"]["text"], f["value"], f["unit"], f["rank"]["scope"], f["rank"]["position"]) for f in _facts(text)]
    assert facts == [("专利授权量", 412, "件", "全州", 1), ("知识产权质押融资额", 48600000, "元", "全州", 2)]


def test_a_ranking_column_ranks_the_first_figure_column_past_a_place_column():
    # the forty-first round (r227): 排名 | 企业名称 | 所在地区 | 授权发明专利 | 增幅, units in a line above
    text = """苏州市

表3  2023年全市授权发明专利前十位企业
单位：件、%
排名\t企业名称\t所在地区\t授权发明专利\t增幅
1\t苏州浪潮智能科技有限公司\t吴中区\t1286\t35.2
2\t江苏亨通光电股份有限公司\t吴江区\t412\t18.4"""
    facts = [(f["region"]["name"], f["value"], f["rank"]["position"], f["growth"]["value"], f["growth"]["unit"]) for f in _facts(text)]
    assert facts == [("吴中区", 1286, 1, 35.2, "%"), ("吴江区", 412, 2, 18.4, "%")]


def test_a_county_column_headed_with_its_levels_and_a_ranking_the_note_explains():
    # the forty-second round (r230): 企业名称 | 所在县（区） | …; 排名 last, 注：排名按专利授权量排序
    text = """惠州市

表2　2023年惠州市部分重点企业知识产权情况
企业名称\t所在县（区）\t发明专利授权量（件）\t有效发明专利量（件）
惠州市恒锐智能装备有限公司\t惠城区\t142\t618
广东罗浮中药科技股份有限公司\t博罗县\t58\t236"""
    facts = [(f["region"]["code"], f["value"]) for f in _facts(text)]
    assert facts == [("441302", 142), ("441302", 618), ("441322", 58), ("441322", 236)]
    text = """惠州市

表1　2023年惠州市各县（区）专利情况（单位：件）
县（区）\t专利授权量\t发明专利授权量\t有效发明专利量\t排名
惠城区\t7215\t1124\t5318\t2
博罗县\t6538\t586\t2415\t3
注：排名按专利授权量排序。"""
    ranked = [(f["indicator"]["text"], f["value"], f["rank"]["position"]) for f in _facts(text) if f["rank"]]
    assert ranked == [("专利授权量", 7215, 2), ("专利授权量", 6538, 3)]


def test_a_note_names_the_column_a_growth_or_rank_column_describes_even_one_run_before():
    # the forty-sixth round: (r55) 排名 after a share, 注：排名按专利授权量排序; (r135) 注：“同比增长”指发明专利授权量同比增长率
    text = """苏州市

表1 2021年1—6月各市（区）专利授权情况
地区\t专利授权量（件）\t同比增长（%）\t发明专利授权量（件）\t占全市比重（%）\t排名
张家港市\t7962\t35.8\t584\t7.5\t5
常熟市\t8125\t44.3\t512\t6.6\t4
注：占全市比重为发明专利授权量占全市发明专利授权量的比重；排名按专利授权量排序。"""
    ranked = [(f["indicator"]["text"], f["value"], f["rank"]["position"]) for f in _facts(text) if f["rank"]]
    assert ranked == [("专利授权量", 7962, 5), ("专利授权量", 8125, 4)]
    text = """安徽省

附表1　2023年各市主要知识产权指标
城市\t发明专利授权量（件）\t排名\t每万人口高价值发明专利拥有量（件）\t排名\t同比增长(%)
合肥市\t17826\t1\t38.95\t1\t21.4
淮北市\t402\t13\t4.57\t10\t-3.6
注：“同比增长”指发明专利授权量同比增长率；排名为各市在全省的位次。"""
    grown = [(f["value"], f["growth"]["value"], f["growth"]["direction"]) for f in _facts(text) if f["growth"]]
    assert grown == [(17826, 21.4, "up"), (402, 3.6, "down")]


def test_a_table_of_targets_and_results_whose_cells_give_their_units():
    # the forty-sixth round (r264): three columns of words name the row, cells carry their units (≥30件 | 42件), and a
    # 市本级 row is the city's own
    text = """北海市

表1  2023年度知识产权专项资金项目绩效指标完成情况（得分单位：分）
一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t得分
产出指标\t数量指标\t资助发明专利\t≥30件\t42件\t10
效益指标\t经济效益指标\t知识产权质押融资金额\t≥1.5亿元\t2.36亿元\t10

附表  2023年度知识产权专项资金分配及执行情况
区县\t预算数（万元）\t执行数（万元）\t执行率（%）
市本级\t292.00\t281.12\t96.27
海城区\t128.50\t124.36\t96.78"""
    facts = [(f["region"]["name"], f["indicator"]["text"], f["value"], f["unit"], f["qualifier"]) for f in _facts(text)]
    assert facts == [
        ("北海市", "资助发明专利年度指标值", 30, "件", "at_least"), ("北海市", "资助发明专利实际完成值", 42, "件", None),
        ("北海市", "资助发明专利得分", 10, "分", None),
        ("北海市", "知识产权质押融资金额年度指标值", 150000000, "元", "at_least"),
        ("北海市", "知识产权质押融资金额实际完成值", 236000000, "元", None), ("北海市", "知识产权质押融资金额得分", 10, "分", None),
        ("北海市", "预算数", 2920000, "元", None), ("北海市", "执行数", 2811200, "元", None), ("北海市", "执行率", 96.27, "%", None),
        ("海城区", "预算数", 1285000, "元", None), ("海城区", "执行数", 1243600, "元", None), ("海城区", "执行率", 96.78, "%", None)]


def test_a_rows_place_with_a_note_in_brackets():
    # the fifty-first round (r302): 四平市（全市） is the city's row, 双辽市（含工业园区） the county's
    text = """四平市2024年知识产权工作总结

表2 2024年四平市各县（市、区）知识产权主要指标
县（市、区）\t专利授权量（件）\t同比（%）\t有效发明专利（件）
铁西区\t612\t10.3\t486
双辽市（含工业园区）\t393\t9.4\t176
四平市（全市）\t2386\t8.6\t1546"""
    facts = [(f["region"]["name"], f["value"]) for f in _facts(text) if f["indicator"]["text"] == "有效发明专利"]
    assert facts == [("铁西区", 486), ("双辽市", 176), ("四平市", 1546)]


def test_a_prefectures_own_row_named_by_its_deictic_word():
    # the fifty-second round (r309): 全地区 is the row of the 地区 the report is about
    text = """和田地区2024年知识产权工作总结

表1 2024年和田地区各县（市）知识产权主要指标
县（市）\t专利申请量（件）\t专利授权量（件）
和田市\t612\t418
墨玉县\t201\t133
全地区\t1550\t1036"""
    facts = [(f["region"]["name"], f["value"]) for f in _facts(text) if f["indicator"]["text"] == "专利授权量"]
    assert facts == [("和田市", 418), ("墨玉县", 133), ("和田地区", 1036)]


def test_a_year_rows_estimate_and_a_count_headers_unit():
    # the sixtieth round (r377): 2025年（预计） is still a row of its year; (r376) 笔数 heads a column of 笔
    text = """耒阳市“十四五”知识产权事业发展情况总结

年份\t专利授权（件）\t有效注册商标（件）
2021年\t786\t8124
2025年（预计）\t960\t13200"""
    facts = [(f["year"], f["value"], f["unit"]) for f in _facts(text) if f["indicator"]["text"] == "专利授权"]
    assert facts == [(2021, 786, "件"), (2025, 960, "件")]
    text = """湘乡市2024年度知识产权质押融资工作情况的报告

银行\t笔数\t金额（万元）
湘乡农商银行\t23\t12680
合计\t68\t48600"""
    assert [(f["value"], f["unit"]) for f in _facts(text)][:2] == [(23, "笔"), (126800000, "元")]


def test_a_year_column_whose_unit_is_in_the_header_row_below(tmp_path):
    # the sixty-first round (r383): a Markdown table's units in a row under its header (| | 件 | 件 | % |) read as the years'
    # columns' labels, so every figure's indicator ended in 件 and had no unit
    page = tmp_path / "jianou.md"
    page.write_text("# 建瓯市2024年知识产权工作总结\n\n表1 主要指标\n\n| 指标 | 2023年 | 2024年 | 同比 |\n| --- | --- | --- | --- |\n"
                    "| | 件 | 件 | % |\n| 专利授权量 | 1286 | 1402 | 9.0 |\n| 有效发明专利 | 517 | 612 | 18.4 |\n", encoding="utf-8")
    (result,) = ipie.annotate_files([page], ipie.baseline.rules_pipeline())
    facts = [(f.to_json()["indicator"]["text"], f.to_json()["year"], f.to_json()["value"], f.to_json()["unit"]) for f in result.facts]
    assert facts[:2] == [("专利授权量", 2023, 1286, "件"), ("专利授权量", 2024, 1402, "件")]


def test_a_table_whose_cells_give_their_units_and_a_row_of_no_year_among_rows_of_years():
    # the sixty-first round (r386): a table whose every figure gives its unit has no row of bare figures; it was taken for a
    # table of years, and its first row, naming no year, failed the whole document
    text = """高安市2024年知识产权工作总结

指标名称\t2024年目标\t2024年完成\t备注
专利授权量\t1300件\t1386件\t超额完成
PCT国际专利申请\t5件\t3件\t未完成"""
    assert [(f["value"], f["unit"], f["year"]) for f in _facts(text)] == [(1300, "件", 2024), (1386, "件", 2024), (5, "件", 2024), (3, "件", 2024)]
    # a row of words under rows of years is no year's row
    text = """高安市2024年知识产权工作总结

年份\t专利授权（件）\t有效注册商标（件）
2023年\t1264\t16980
2024年\t1386\t18210
说明\t全市数据\t全市数据"""
    facts = [(f["year"], f["value"]) for f in _facts(text) if f["indicator"]["text"] == "专利授权"]
    assert facts == [(2023, 1264), (2024, 1386)]


def test_a_scoring_tables_cells_written_as_sentences_are_read_as_prose_of_the_captions_year():
    # the sixty-second round (r395): a self-assessment's table, after its 2025 plan, gives each item's points and what was
    # done in words (召开领导小组会议2次，…860万元); the words' figures are facts of the caption's year like the points
    text = """丰城市2024年度知识产权工作目标责任制考核自评报告

三、2025年工作打算
力争全年发明专利授权量达到200件。

丰城市2024年度知识产权工作目标责任制考核自评得分表
考核项目\t分值（分）\t完成情况\t自评得分（分）
组织领导\t10\t召开领导小组会议2次，市财政安排知识产权专项资金860万元\t10
宣传培训\t6\t举办知识产权培训班9期，培训1100余人次\t6"""
    facts = {(f["value"], f["unit"], f["year"]) for f in _facts(text)}
    assert {(2, "次", 2024), (8600000, "元", 2024), (1100, "人次", 2024), (10, "分", 2024), (6, "分", 2024)} <= facts
    assert (200, "件", 2025) in facts
    # a list of policies is read by its columns, its title cells not as prose
    text = """丰城市2024年知识产权工作总结

序号\t文件名称\t发文单位\t文号
1\t丰城市知识产权资助和奖励办法（2024年修订）\t市政府办公室\t丰府办发〔2024〕12号"""
    assert [f["kind"] for f in _facts(text)] == ["policy"]


def test_a_two_column_table_of_bare_figures_under_its_header_stays_a_table():
    # the sixty-second round (r389): 乡镇 | 有效注册商标（件） over five towns' bare counts was read as 黔城镇：4215, no unit
    text = """2024年洪江市知识产权统计公报

表2 2024年末洪江市部分乡镇有效注册商标情况
乡镇\t有效注册商标（件）
黔城镇\t4215
安江镇\t2386
托口镇\t967"""
    facts = [(f["region"]["name"], f["value"], f["unit"]) for f in _facts(text)]
    assert facts == [("黔城镇", 4215, "件"), ("安江镇", 2386, "件"), ("托口镇", 967, "件")]


def test_a_scoring_tables_rows_under_a_merged_label_and_its_points_columns():
    # the sixty-third round (r403): a budget performance table from a PDF gives a label merged down its rows only to the
    # first (数量指标), so the rows after it were one cell short and skipped; its 分值 and 得分 columns name no unit (分),
    # its 合计 row is merged across the label columns, and ≤20个工作日 is a figure in working days
    text = """涟源市市场监督管理局2024年度部门整体支出绩效自评报告

表2 2024年度部门整体支出绩效指标完成情况表
二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分
数量指标\t专利授权量\t≥700件\t742件\t6\t6
发明专利授权量\t≥65件\t71件\t6\t6
时效指标\t专利资助资金兑付时限\t≤20个工作日\t16个工作日\t8\t8
合计\t90\t88.36"""
    facts = [(f["indicator"]["text"], f["value"], f["unit"], f["qualifier"]) for f in _facts(text)]
    assert ("发明专利授权量年度指标值", 65, "件", "at_least") in facts
    assert ("发明专利授权量实际完成值", 71, "件", None) in facts
    assert ("发明专利授权量分值", 6, "分", None) in facts
    assert ("专利资助资金兑付时限年度指标值", 20, "个工作日", "at_most") in facts
    assert ("合计分值", 90, "分", None) in facts and ("合计得分", 88.36, "分", None) in facts


def test_a_tables_date_column_names_no_row_and_a_count_of_firms_is_in_jia():
    # the sixty-third round (r399): 核准时间 (2016年11月) stood between the product and its figures and was taken for
    # the rows' names (2016年11月用标企业数); 用标企业数 names no unit, but firms are counted in 家
    text = """汉川市市场监督管理局关于市政协十届四次会议第86号提案的答复

地理标志产品\t核准时间\t用标企业数\t年产值（亿元）
汉川莲藕\t2016年11月\t18\t12.6
汉川豆丝\t2021年8月\t9\t2.3
合计\t—\t27\t14.9"""
    facts = [(f["indicator"]["text"], f["value"], f["unit"]) for f in _facts(text)]
    assert facts[:2] == [("汉川莲藕用标企业数", 18, "家"), ("汉川莲藕年产值", 1260000000, "元")]
    assert ("合计用标企业数", 27, "家") in facts


def test_a_card_of_figures_with_no_header():
    # the sixty-third round (r402): a news page's 【数说2024】 card, label | figure | change or rank, has no header row (its
    # first row has a figure with its unit), so none of it was read
    text = """共青城市2024年知识产权工作新闻发布会

【数说2024】
专利授权｜1386件｜↑12.4%
商标注册｜2870件｜↓5.1%
每万人口发明专利拥有量｜24.6件｜九江市第1
马德里国际注册商标｜38件｜新增7件"""
    facts = [(f["indicator"]["text"], f["value"], f["unit"], f["growth"] and (f["growth"]["value"], f["growth"]["unit"], f["growth"]["direction"]),
              f["rank"] and (f["rank"]["scope"], f["rank"]["position"]), f["year"]) for f in _facts(text)]
    assert facts == [("专利授权", 1386, "件", (12.4, "%", "up"), None, 2024), ("商标注册", 2870, "件", (5.1, "%", "down"), None, 2024),
                     ("每万人口发明专利拥有量", 24.6, "件", None, ("九江市", 1), 2024), ("马德里国际注册商标", 38, "件", (7, "件", "up"), None, 2024)]
    # a table of words in its last column is no card: its first row stays its header
    text = """共青城市2024年知识产权工作总结

专利授权\t1386件\t超额完成
商标注册\t2870件\t基本完成
有效发明专利\t467件\t完成"""
    assert 1386 not in [f["value"] for f in _facts(text)]


def test_a_scoring_tables_cells_of_words_and_unit_less_filings_and_a_bracketed_other_name():
    # the sixty-fourth round (r408): a self-check's 完成情况 cell opens with the row's own figure (完成812件, 7.36万件（目标…）)
    text = """诸暨市2024年知识产权强县建设自查报告

考核内容\t考核指标\t分值\t自评分\t完成情况\t佐证材料编号
知识产权创造\t发明专利授权量\t10\t10\t完成812件，目标700件，完成率116.0%\tB-01
商标品牌\t有效注册商标\t6\t6\t7.36万件（目标7万件）\tC-01"""
    facts = [(f["indicator"]["text"], f["value"], f["unit"]) for f in _facts(text)]
    assert ("发明专利授权量", 812, "件") in facts and ("有效注册商标", 73600, "件") in facts
    # r407: 申请数 | 授权数 with no unit count filings (件); 甜椒（彩椒） names the crop twice, no unit
    text = """寿光市2024年农业知识产权工作报告

品种类别\t申请数\t授权数\t推广面积（万亩）
番茄\t26\t15\t12.6
甜椒（彩椒）\t14\t8\t5.2"""
    facts = [(f["indicator"]["text"], f["value"], f["unit"]) for f in _facts(text)]
    assert ("番茄申请数", 26, "件") in facts and ("甜椒（彩椒）推广面积", 52000, "亩") in facts and ("甜椒（彩椒）授权数", 8, "件") in facts


def test_value_columns_headed_by_places_give_each_place_its_cells():
    # the sixty-seventh round (r430): 指标 | 单位 | 都匀市 | 同比增长（%） | 黔南州, the city's cells beside the prefecture's
    text = """都匀市2022年知识产权工作总结

表1  2022年1—11月都匀市知识产权主要指标与全州对比
指标\t单位\t都匀市\t同比增长（%）\t黔南州
专利申请\t件\t1126\t8.4\t4352
专利授权\t件\t836\t-3.7\t3215"""
    facts = [(f["region"]["name"], f["indicator"]["text"], f["value"], f["growth"] and f["growth"]["direction"]) for f in _facts(text)]
    assert facts == [("都匀市", "专利申请", 1126, "up"), ("黔南布依族苗族自治州", "专利申请", 4352, None),
                     ("都匀市", "专利授权", 836, "down"), ("黔南布依族苗族自治州", "专利授权", 3215, None)]


def test_value_columns_headed_by_places_in_a_table_of_years_give_each_place_its_cells():
    # the one hundred and third round (r594): 年份 | 全球 | 中国 | 无为市, a patent landscape's years down the side, the world's,
    # the country's and the city's columns; the caption names what they measure
    text = """无为市电线电缆产业专利导航分析报告

表1 2013—2022年电线电缆领域专利申请量（件）
年份\t全球\t中国\t无为市
2021\t31240\t22950\t401
2022\t29560\t20980\t368"""
    facts = [(f["region"]["name"], f["region"]["code"], f["year"], f["indicator"]["text"], f["value"]) for f in _facts(text)]
    assert {f["unit"] for f in _facts(text)} == {"件"}  # the caption's bracket
    assert facts == [("全球", None, 2021, "电线电缆领域专利申请量", 31240), ("中国", "100000", 2021, "电线电缆领域专利申请量", 22950),
                     ("无为市", "340281", 2021, "电线电缆领域专利申请量", 401), ("全球", None, 2022, "电线电缆领域专利申请量", 29560),
                     ("中国", "100000", 2022, "电线电缆领域专利申请量", 20980), ("无为市", "340281", 2022, "电线电缆领域专利申请量", 368)]


def test_a_column_of_the_countrys_measure_beside_the_countys_is_the_countrys():
    # the one hundred and nineteenth round (r656): 年份 | 申请量 | 其中发明 | 全国同领域申请量, the country's figures in the last
    # column; a column of an honour named with 全国 stays the county's
    text = """盐山县管道装备产业专利导航分析报告（摘要）

表1 2018—2022年盐山县管道管件领域专利申请情况
年份\t申请量（件）\t其中发明（件）\t全国同领域申请量（件）\t全国知识产权示范企业（家）
2021年\t671\t89\t13108\t2
2022年\t598\t97\t11976\t3"""
    facts = [(f["region"]["name"], f["year"], f["value"]) for f in _facts(text) if f["year"] == 2022]
    assert facts == [("盐山县", 2022, 598), ("盐山县", 2022, 97), ("中国", 2022, 11976), ("盐山县", 2022, 3)]


def test_a_row_of_the_other_towns_together_is_the_reports_region():
    # the one hundred and nineteenth round (r677, r682, r683): 其他乡镇 (其他乡镇（场）) under the towns' rows, as a 合计 row is
    text = """宁都县2023年赣南脐橙地理标志保护工作情况

表1 2023年宁都县主要乡镇脐橙生产情况
乡镇\t种植面积（亩）\t产量（吨）
青塘镇\t18400\t14620
黄陂镇\t12760\t8730
梅江镇\t9650\t7410
小布镇\t6600\t5120
其他乡镇\t56590\t44320"""
    facts = [(f["region"]["name"], f["value"]) for f in _facts(text) if f["value"] in (9650, 56590, 44320)]
    assert facts == [("梅江镇", 9650), ("宁都县", 56590), ("宁都县", 44320)]


def test_a_progress_column_is_of_the_last_year_named_before_it():
    # the one hundred and nineteenth round (r665): 2020年基数 | 2025年目标 | 2022年底 | 2023年6月 | 进度（%）, a mid-term evaluation's
    # progress, reckoned on the latest figure: 2023's, not the report's 2022 nor the target's 2025
    text = """武宁县“十四五”知识产权发展规划中期评估报告

表1 《规划》主要指标进展情况
指标\t2020年基数\t2025年目标\t2022年底\t2023年6月\t进度（%）
有效注册商标量（件）\t4386\t8000\t6582\t7014\t72.7"""
    facts = [(f["year"], f["value"], f["unit"]) for f in _facts(text)]
    assert facts == [(2020, 4386, "件"), (2025, 8000, "件"), (2022, 6582, "件"), (2023, 7014, "件"), (2023, 72.7, "%")]


def test_a_scored_items_points_a_total_row_over_named_towns_and_a_year_column():
    # the seventy-first probe round (r463): the points an item is worth, in brackets after its name, are a fact of their own
    text = ("溧阳市2020年度知识产权工作绩效考核自评报告\n\n表1 溧阳市2020年度知识产权工作绩效考核指标完成情况自评表\n"
            "考核内容\t目标任务\t完成情况数量\t完成情况同比增长（%）\t得分\n"
            "发明专利申请量（10分）\t1100件\t1126件\t12.4\t10\nPCT国际专利申请（5分）\t20件\t18件\t28.6\t4.5")
    facts = [(f["indicator"]["text"], f["value"], f["unit"]) for f in _facts(text) if "\t" not in f["indicator"]["text"]]
    assert ("发明专利申请量分值", 10, "分") in facts and ("PCT国际专利申请分值", 5, "分") in facts
    assert ("PCT国际专利申请得分", 4.5, "分") in facts and ("PCT国际专利申请完成情况数量", 18, "件") in facts
    # r473: 三镇合计 is the report's region's row; r472: a 年份 column gives each row its year
    text = ("儋州市2024年知识产权工作回顾\n\n表1 2024年三个重点镇知识产权主要指标\n镇\t专利授权量（件）\t有效注册商标（件）\n"
            "那大镇\t412\t12,306\n白马井镇\t138\t5,210\n三镇合计\t655\t21,716")
    assert {(f["value"], f["region"]["name"]) for f in _facts(text) if f["value"] in (655, 21716)} == {
        (655, "儋州市"), (21716, "儋州市")}
    text = ("敦化市2021年知识产权工作总结\n\n表1 重点镇商标注册情况\n镇\t年份\t商标注册（件）\t地理标志（个）\n"
            "大蒲柴河镇\t2020\t86\t1\n大蒲柴河镇\t2021\t112\t2\n官地镇\t2020\t64\t1\n官地镇\t2021\t59\t1")
    facts = _facts(text)
    assert all(f["value"] not in (2020, 2021) for f in facts)
    assert [(f["region"]["name"], f["year"], f["value"]) for f in facts if f["unit"] == "件"] == [
        ("大蒲柴河镇", 2020, 86), ("大蒲柴河镇", 2021, 112), ("官地镇", 2020, 64), ("官地镇", 2021, 59)]


def test_a_score_column_is_in_points_whatever_unit_its_row_label_gives():
    # the ninety-fifth round (r579): 专利授权量（件） | 10 | 650 | 712 | 10, its 分值 and 自评得分 cells were read in 件 and
    # 知识产权质押融资额（万元）'s as 100000 元
    text = ("新民市2024年知识产权工作绩效考核自查报告\n\n表1 考核指标完成情况\n"
            "考核指标\t分值\t目标值\t完成值\t自评得分\n专利授权量（件）\t10\t650\t712\t10\n"
            "知识产权质押融资额（万元）\t10\t8000\t9264\t10\n合计\t20\t—\t—\t20\n")
    facts = [(f["indicator"]["text"], f["value"], f["unit"]) for f in _facts(text)]
    assert ("专利授权量分值", 10, "分") in facts and ("专利授权量自评得分", 10, "分") in facts
    assert ("知识产权质押融资额分值", 10, "分") in facts and ("专利授权量完成值", 712, "件") in facts
    assert ("知识产权质押融资额完成值", 92640000, "元") in facts


def test_an_appendix_tables_caption_gives_its_year_after_the_plan_for_the_next():
    # the one hundred and twenty-eighth round (r707): 附表2023年奈曼旗…情况 after the signature under 七、2024年工作打算; the
    # caption's year was read as the appendix table's number (附表2023)
    text = ("奈曼旗2023年知识产权工作总结\n\n七、2024年工作打算\n力争2024年全旗专利授权量恢复到230件以上。\n\n奈曼旗市场监督管理局\n"
            "2024年1月12日\n\n附表  2023年奈曼旗各苏木乡镇专利、商标情况\n苏木乡镇\t专利授权量（件）\t有效注册商标（件）\n"
            "大沁他拉镇\t58\t2415\n八仙筒镇\t17\t512\n")
    assert {(f["region"]["name"], f["year"], f["value"]) for f in _facts(text) if f["value"] in (58, 512)} == {
        ("大沁他拉镇", 2023, 58), ("八仙筒镇", 2023, 512)}


def test_a_table_continued_on_the_next_page_keeps_its_caption_and_its_total_keeps_its_label():
    # the one hundred and twenty-eighth round (r710): 续表 over the rest of a table after the signature and the 2025 plan,
    # its header again; 合计 merged across 序号, 所在乡镇 and 市场名称
    header = "序号\t所在乡镇\t市场名称\t在营商户（户）\t立案（件）\t罚没款（万元）"
    text = ("香河县2024年家具城商标侵权专项整治工作情况\n\n五、2025年工作打算\n力争2025年查办案件不少于60件。\n\n"
            f"表1　2024年香河县家具专业市场商标侵权专项整治情况统计表\n{header}\n1\t淑阳镇\t香河家具城（一期）\t1286\t11\t26.5\n"
            f"续表\n{header}\n8\t蒋辛屯镇\t蒋辛屯板式家具展销中心\t305\t3\t5.10\n合计\t6384\t49\t108.93\n")
    facts = {(f["region"]["name"], f["year"], f["value"], f["unit"]) for f in _facts(text)}
    assert ("蒋辛屯镇", 2024, 305, "户") in facts
    assert {("香河县", 2024, 6384, "户"), ("香河县", 2024, 49, "件"), ("香河县", 2024, 1089300, "元")} <= facts
