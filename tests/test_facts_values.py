"""Table-driven tests of the value normalisers (ipie.facts.numbers/values).

Cases are taken from the seed reports (inlined; the tests must not read
/work/shared) plus forms the seeds lack (两千余人, 近五成, 下降3.2个百分点,
约1.2亿元, 十三五).
"""

import json

import pytest

from ipie.facts.numbers import parse_date, parse_growth, parse_number, parse_quantity, parse_rank, parse_rank_list
from ipie.facts.values import DateValue, Growth, Quantity, Rank, Region, clean_number

# ---------------------------------------------------------------------------
# parse_number


@pytest.mark.parametrize(
    "text, expected",
    [
        ("54838", 54838),
        ("8.8万", 88000),
        ("1.5万亿", 1_500_000_000_000),
        ("124.74万", 1_247_400),
        ("24.9亿", 2_490_000_000),
        ("12,510", 12510),
        ("１２３４", 1234),  # full-width digits
        ("两千", 2000),
        ("十三", 13),
        ("一百二十", 120),
        ("三千五百", 3500),
        ("千", 1000),
        ("2.122", 2.122),
        ("专利", None),
        ("54838件", None),  # not just a number
        ("", None),
    ],
)
def test_parse_number(text, expected):
    got = parse_number(text)
    assert got == expected
    assert type(got) is type(expected)


# ---------------------------------------------------------------------------
# parse_quantity


@pytest.mark.parametrize(
    "text, value, unit, qualifier",
    [
        ("54838件", 54838, "件", None),
        ("24.9亿元", 2_490_000_000, "元", None),
        ("300余人", 300, "人", "at_least"),
        ("千余家", 1000, "家", "at_least"),
        ("两千余人", 2000, "人", "at_least"),
        ("近万名", 10000, "名", "approx"),  # 吸引近万名干部群众参观 (seed 004)
        ("逾千家", 1000, "家", "at_least"),
        ("不足百件", 100, "件", "at_most"),  # the fiftieth probe round: a bare 百 after an upper bound
        ("不到千元", 1000, "元", "at_most"),
        ("4.6万千升", 46000, "千升", None),  # r298: 全年葡萄酒产量4.6万千升, kilolitres
        ("1.5万亿元", 1_500_000_000_000, "元", None),
        ("8.8万件", 88000, "件", None),
        ("97.11%", 97.11, "%", None),
        ("6000余件", 6000, "件", "at_least"),
        ("500余人次", 500, "人次", "at_least"),
        ("近五成", 50, "%", "approx"),
        ("一半以上", 50, "%", "at_least"),
        ("约1.2亿元", 120_000_000, "元", "approx"),
        ("超过2000人", 2000, "人", "at_least"),
        ("突破10万件", 100_000, "件", "at_least"),
        ("100多家", 100, "家", "at_least"),
        ("三百来件", 300, "件", "approx"),  # the seventy-first probe round (r461): 来 after a round number, said for "about"
        ("五十来万元", 500_000, "元", "approx"),
        ("40多场次", 40, "场次", "at_least"),
        ("不到10%", 10, "%", "at_most"),
        ("10家以内", 10, "家", "at_most"),
        ("500万元及以上", 5_000_000, "元", "at_least"),  # 融资额达到500万元及以上的 (seed 001)
        ("3万元或以下", 30000, "元", "at_most"),
        ("≥25家", 25, "家", "at_least"),  # the twenty-fourth round (r96): a target cell of a table
        ("≤ 5%", 5, "%", "at_most"),
        ("3000人左右", 3000, "人", "approx"),
        # the thirty-fifth round (r180): a press conference's spoken counts
        ("两个半月左右", 2.5, "个月", "approx"),
        ("一个多月", 1, "个月", "at_least"),
        ("一个多亿", 100_000_000, None, "at_least"),
        ("两个多亿元", 200_000_000, "元", "at_least"),
        ("3个", 3, "个", None),
        ("12家", 12, "家", None),
        ("31.3万件", 313_000, "件", None),
        ("102笔", 102, "笔", None),
        ("1600万元", 16_000_000, "元", None),
        ("3426件", 3426, "件", None),
        ("18.14亿元", 1_814_000_000, "元", None),
        ("4.14万项", 41400, "项", None),
        ("1450万人次", 14_500_000, "人次", None),
        ("2.122件", 2.122, "件", None),
        ("391.18万元", 3_911_800, "元", None),
        ("50.57万件", 505_700, "件", None),
        ("1896人（次）", 1896, "人次", None),
        ("326台（套）", 326, "台（套）", None),  # r396: units or sets, the bracket kept
        ("24.36万台(套)", 243600, "台（套）", None),
        ("2000余人/次", 2000, "人次", "at_least"),  # 004: 人/次 written with a slash
        ("8台/次", 8, "台次", None),
        ("2.4万余元", 24000, "元", "at_least"),
        ("100余万元", 1_000_000, "元", "at_least"),
        ("近3000人次", 3000, "人次", "approx"),
        ("9404人次", 9404, "人次", None),
        ("20所", 20, "所", None),
        ("12期", 12, "期", None),
        ("5000元/件", 5000, "元/件", None),
        ("１２３４件", 1234, "件", None),
        # the eleventh probe (r44): a decimal point written 点, before a multiplier
        ("一点二亿元", 120_000_000, "元", None),
        ("三点五万件", 35000, "件", None),
        ("97.11", 97.11, None, None),
        # a range is its lower bound, as the seeds' gold has it (001: 300-500 万元; 004: 1~2家, 2-3家), the
        # upper bound's 万 shared; rough counts and fractions (the twenty-third probe, r91)
        ("300-500万元", 3_000_000, "元", "at_least"),
        ("1~2家", 1, "家", "at_least"),
        ("8—10个", 8, "个", "at_least"),
        ("3至5家", 3, "家", "at_least"),
        ("2000～3000万元", 20_000_000, "元", "at_least"),
        ("1万～2万元", 10000, "元", "at_least"),
        ("五六家", 5, "家", "at_least"),
        ("二三十人", 20, "人", "at_least"),
        ("三四成", 30, "%", "at_least"),
        ("十几项", 10, "项", "at_least"),
        ("数十家", 10, "家", "at_least"),
        ("上亿元", 100_000_000, "元", "at_least"),
        ("破万件", 10000, "件", "at_least"),
        ("三分之一", 33.33, "%", None),
        ("近四分之三", 75, "%", "approx"),
        ("三分之一以上", 33.33, "%", "at_least"),
    ],
)
def test_parse_quantity(text, value, unit, qualifier):
    q = parse_quantity(text)
    assert q == Quantity(value, unit, qualifier)
    assert type(q.value) is type(value)


@pytest.mark.parametrize("text", ["", "专利", "件", "万元"])
def test_parse_quantity_none(text):
    assert parse_quantity(text) is None


def test_quantity_to_json_is_exact():
    assert parse_quantity("24.9亿元").to_json() == {"value": 2490000000, "unit": "元", "qualifier": None}
    assert json.dumps(parse_quantity("1.5万亿元").to_json()) == (
        '{"value": 1500000000000, "unit": "\\u5143", "qualifier": null}'
    )
    assert Quantity(88000.0, "件", None).to_json()["value"] == 88000
    assert type(Quantity(88000.0, "件", None).to_json()["value"]) is int


# ---------------------------------------------------------------------------
# parse_growth


@pytest.mark.parametrize(
    "text, trigger, value, unit, direction, qualifier",
    [
        ("24.5%", "较上年增长", 24.5, "%", "up", None),
        ("5.6%", "增长", 5.6, "%", "up", None),
        ("18.78%", "同比减少", 18.78, "%", "down", None),
        ("28%", "增幅", 28, "%", "up", None),
        ("2.8倍", None, 2.8, "倍", "up", None),
        ("4.14倍", None, 4.14, "倍", "up", None),
        ("5.01倍", None, 5.01, "倍", "up", None),
        ("3.88倍", None, 3.88, "倍", "up", None),
        ("0.46件", "增加", 0.46, "件", "up", None),
        ("近五成", "同比增长", 50, "%", "up", "approx"),
        ("3.2个百分点", "下降", 3.2, "百分点", "down", None),
        ("1.79亿元", "同比净增", 179_000_000, "元", "up", None),
        ("超50%", "增幅", 50, "%", "up", "at_least"),
        ("5.9%", "同比减少", 5.9, "%", "down", None),
        ("14.38%", "同比上升", 14.38, "%", "up", None),
        ("10%以上", "年均增长", 10, "%", "up", "at_least"),
        ("66.6%", None, 66.6, "%", "up", None),
        ("较上年下降5.9%", None, 5.9, "%", "down", None),
        ("同比增长24.8%", None, 24.8, "%", "up", None),
        ("-5.9%", None, 5.9, "%", "down", None),
        ("111%", "分别增长", 111, "%", "up", None),
        ("3401件", "新增", 3401, "件", "up", None),
        # shorter waits are reported as shortened or cut (审查周期较上年缩短0.6个月)
        ("0.6个月", "较上年缩短", 0.6, "个月", "down", None),
        ("1.5个月", "压减", 1.5, "个月", "down", None),
        # the forty-ninth round (r290): a column of changes either way, its sign the direction
        ("8.7%", "增减（%）", 8.7, "%", "up", None),
        ("-3.2%", "增减（%）", 3.2, "%", "down", None),
        ("5.1%", "同比增减", 5.1, "%", "up", None),
        ("-0.4个百分点", "升降", 0.4, "百分点", "down", None),
    ],
)
def test_parse_growth(text, trigger, value, unit, direction, qualifier):
    g = parse_growth(text, trigger)
    assert g is not None
    assert (g.value, g.unit, g.direction, g.qualifier) == (value, unit, direction, qualifier)


@pytest.mark.parametrize("text, trigger", [("翻一番", None), ("一番", "翻"), ("", "翻一番"), ("翻番", None), ("一番", "翻了")])
def test_parse_growth_doubling(text, trigger):
    g = parse_growth(text, trigger)
    assert (g.value, g.unit, g.direction) == (2, "倍", "up")


def test_growth_text_and_json():
    g = parse_growth("24.5%", "较上年增长")
    assert g.text == "较上年增长24.5%"
    assert g.to_json() == {"value": 24.5, "unit": "%", "direction": "up", "text": "较上年增长24.5%"}
    approx = parse_growth("近五成", "同比增长").to_json()
    assert approx["qualifier"] == "approx" and approx["value"] == 50


@pytest.mark.parametrize("text", ["", "专利"])
def test_parse_growth_none(text):
    assert parse_growth(text) is None


# ---------------------------------------------------------------------------
# parse_rank


@pytest.mark.parametrize(
    "text, scope, position, top",
    [
        ("全国第六位", "全国", 6, False),
        ("全国排名第8位", "全国", 8, False),
        ("全国首位", "全国", 1, False),
        ("全国前十名", "全国", 10, True),
        ("位居全国前十名", "全国", 10, True),
        ("中西部第一", "中西部", 1, False),
        ("全国第二位", "全国", 2, False),
        ("第17位", None, 17, False),
        ("全国第一", "全国", 1, False),
        ("全国第4", "全国", 4, False),
        ("前三", None, 3, True),
        ("西部第一", "西部", 1, False),
        ("全省第一", "全省", 1, False),
        ("全国第6位", "全国", 6, False),
        ("全国第7名", "全国", 7, False),
        ("全省第3名", "全省", 3, False),
        ("西部地区第1名", "西部地区", 1, False),
        ("居全国高校第2位", "全国高校", 2, False),
        ("全国第10位", "全国", 10, False),
        ("全国第4和第6位", "全国", 4, False),
        ("位居全国前列", "全国", None, True),
        # a rank that moved is where it moved to (the forty-sixth round: r250's 全省排名由第七位上升至第四位)
        ("全省排名由第七位上升至第四位", "全省", 4, False),
        ("从第12位升至第8位", None, 8, False),
        ("全国排名由第5位下降到第7位", "全国", 7, False),
        # those ranked among, without the 中 after them (the forty-ninth round: r291), but not a region's 中
        ("在全省13个设区市中位列第3", "全省13个设区市", 3, False),
        ("全省国家级高新区中排名第七位", "全省国家级高新区", 7, False),
        ("在全国同类城市之中排名第5", "全国同类城市", 5, False),
        ("华中第一", "华中", 1, False),
    ],
)
def test_parse_rank(text, scope, position, top):
    r = parse_rank(text)
    assert r == Rank(scope, position, top, text)


@pytest.mark.parametrize("text", ["", "全国", "专利申请", "第十八届", "第二批", "前三年"])
def test_parse_rank_none(text):
    assert parse_rank(text) is None


@pytest.mark.parametrize(
    "text, places",
    [
        ("全省第一、二、三位", [1, 2, 3]),  # r52
        ("全国第一、第二和第三位", [1, 2, 3]),  # r43
        ("全自治区第三位和第一位", [3, 1]),  # r102
        ("全国第一位和第二位", [1, 2]),  # r164
        ("全区各街镇第一、二、三位", [1, 2, 3]),  # r99
        ("全国第三至第五位", [3, 4, 5]),  # r164
        ("全省第二至第四位", [2, 3, 4]),  # r159
        ("第二、三位，分别为1358件和1126件", [2, 3]),  # r98
        ("全国第4和第6位", [4, 6]),
        ("首位和第二位", [1, 2]),
        ("第2—4位", [2, 3, 4]),
        ("第1、2、3名", [1, 2, 3]),
        ("全省第一", []),
        ("第一、二季度", []),
        ("第一至三季度", []),
        ("前三位", []),
    ],
)
def test_parse_rank_list(text, places):
    assert parse_rank_list(text) == places


def test_rank_to_json():
    assert parse_rank("全国第六位").to_json() == {"scope": "全国", "position": 6, "text": "全国第六位"}
    assert parse_rank("全国前十名").to_json() == {
        "scope": "全国", "position": 10, "text": "全国前十名", "top": True,
    }


# ---------------------------------------------------------------------------
# parse_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2016年", DateValue(2016)),
        ("2016年末", DateValue(2016)),
        ("2015年年底", DateValue(2015)),
        ("12月17日", DateValue(None, None, 12, 17)),
        ("2017年1月13日", DateValue(2017, None, 1, 13)),
        ("2011―2015年", DateValue(2011, 2015)),  # U+2015 horizontal bar
        ("2016—2020年", DateValue(2016, 2020)),  # em dash
        ("2013–2015年", DateValue(2013, 2015)),  # en dash
        ("2016-2017", DateValue(2016, 2017)),
        ("2016~2017年", DateValue(2016, 2017)),
        ("2016至2018年", DateValue(2016, 2018)),
        ("2016年2月", DateValue(2016, None, 2)),
        ("二〇一六年", DateValue(2016)),
        ("2015年度", DateValue(2015)),
        ("2017年8月", DateValue(2017, None, 8)),
        ("今年", DateValue(relative="this_year")),
        ("去年", DateValue(relative="last_year")),
        ("上年", DateValue(relative="last_year")),
        ("明年", DateValue(relative="next_year")),
        ("当年", DateValue(relative="that_year")),  # the year named before it (r78: 2023年试点启动当年)
        ("同年8月", DateValue(None, None, 8, relative="that_year")),
        ("十三五", DateValue(2016, 2020)),
        ("“十三五”", DateValue(2016, 2020)),
        ("十二五", DateValue(2011, 2015)),
        ("十四五", DateValue(2021, 2025)),
        ("2016", DateValue(2016)),
        ("截至2016年末", DateValue(2016)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["", "近年来", "专利"])
def test_parse_date_none(text):
    assert parse_date(text) is None


def test_date_helpers():
    assert parse_date("2017年1月13日").iso() == "2017-01-13"
    assert parse_date("2011―2015年").iso() is None
    assert parse_date("去年").resolve(2016).year == 2015
    assert parse_date("2016年").to_json() == {
        "year": 2016, "year_end": None, "month": None, "day": None, "relative": None,
    }


# ---------------------------------------------------------------------------
# values


@pytest.mark.parametrize(
    "value, expected",
    [(88000.0, 88000), (24.9 * 1e8, 2490000000), (0.1 + 0.2, 0.3), (2.122, 2.122), (7, 7), (None, None)],
)
def test_clean_number(value, expected):
    got = clean_number(value)
    assert got == expected and type(got) is type(expected)


def test_region_and_growth_json_shapes():
    assert Region("河北省", "130000", "全省").to_json() == {"name": "河北省", "code": "130000", "text": "全省"}
    g = Growth(2.8, "倍", "up", None, "2.8倍").to_json()
    assert set(g) == {"value", "unit", "direction", "text"}
