"""Sections, their regions and years, on the seeds and on forms they lack."""
from pathlib import Path

import pytest

from ipie.api import report_year
from ipie.normalize import Paragraph, normalize
from ipie.structure import paragraph_context, split_sections

ROOT = Path(__file__).resolve().parent.parent


def _sections(text: str):
    return split_sections(normalize(text).paragraphs())


def _sections_of_lines(lines: list[str]):
    """The sections of paragraphs given one per line, as the normaliser would leave them."""
    return split_sections([Paragraph(k, 0, len(line), line) for k, line in enumerate(lines)])


def _paragraphs_and_only_section(text: str):
    """The paragraphs of a report that is one section, and that section."""
    paragraphs = normalize(text).paragraphs()
    (section,) = split_sections(paragraphs)
    return paragraphs, section


def test_a_title_naming_no_region_takes_the_region_of_the_body_that_wrote_it():
    # the third probe (r9): the title says 全区, the line under it names the author
    text = (
        "2017年全区知识产权工作总结\n\n内蒙古自治区知识产权局\n\n"
        "2017年，在自治区党委、政府的正确领导下，全区知识产权系统深入学习贯彻党的十九大精神，各项工作取得积极进展。\n"
    )
    (section,) = _sections(text)
    assert (section.region.name, section.region.code, section.year) == ("内蒙古自治区", "150000", 2017)
    # a sentence that opens with a region is no byline
    text = "2017年知识产权工作总结\n\n内蒙古自治区专利申请量11736件，同比增长15.8%。\n"
    (section,) = _sections(text)
    assert section.region is None


def test_a_national_administrations_routine_press_conference_is_on_the_country_and_the_year_it_reviews():
    # the thirty-first round (r132): the title names the administration and the quarter it meets in
    text = ("国家知识产权局2024年第一季度例行新闻发布会文字实录\n\n时间：2024年1月16日上午10:00\n地点：国家知识产权局新闻发布厅\n"
            "主题：发布2023年知识产权主要工作统计数据并回答记者提问\n\n"
            "2023年，我国发明专利授权92.1万件，同比增长15.3%。\n\n2023年，国内拥有有效发明专利的企业达42.7万家。\n\n"
            "2023年，全国专利权质押融资金额达8539.9亿元。\n")
    (section,) = _sections(text)
    assert (section.region.name, section.region.code, section.year, section.spoken_year) == ("中国", "100000", 2023, 2024)


@pytest.mark.parametrize(
    "title, region",
    [
        # the twenty-sixth probe (r101): a national protection centre's own report is its city's, not China's
        ("中国（南京）知识产权保护中心2023年度工作报告", ("南京市", "320100")),
        ("2022年中国（浙江）自由贸易试验区知识产权工作总结", ("浙江省", "330000")),
        ("2022年中国知识产权保护状况", ("中国", "100000")),
    ],
)
def test_a_national_body_named_after_a_place_reports_on_the_place(title, region):
    (section,) = _sections(title + "\n\n2023年，保护中心共受理专利预审申请7846件，同比增长18.4%。\n")
    assert (section.region.name, section.region.code) == region


def test_a_plans_title_under_its_issuing_notice_opens_a_section_with_its_region_and_year():
    # the twenty-seventh round (r110): 关于印发《…》的通知, then the plan itself
    lines = ["河北省知识产权强省建设工作领导小组办公室关于印发《2024年河北省知识产权强省建设推进计划》的通知冀知领办〔2024〕1号",
             "各市（含定州、辛集市）知识产权强市建设工作领导小组：", "2024年3月18日",
             "2024年河北省知识产权强省建设推进计划", "一、主要目标", "全省专利授权量达到7.5万件。",
             "1\t河北省知识产权保护和运用规划\t省政府办公厅"]
    sections = _sections_of_lines(lines)
    assert [(s.start_paragraph, s.region.name if s.region else None, s.year) for s in sections] == [
        (0, None, 2024), (3, "河北省", 2024)]  # a table row naming a plan opens none


def test_seed_sections_keep_their_regions():
    text = (ROOT / "examples" / "004_d9f4be199116ba61.txt").read_text(encoding="utf-8")
    regions = [s.region.name if s.region else None for s in _sections(text)]
    assert regions[0] is None  # the compilation's front matter names no single region
    assert regions[1:] == ["绵阳市", "自贡市", "德阳市", "泸州市", "宜宾市", "华蓥市", "绵竹市", "广汉市"]


def test_a_speech_takes_its_region_from_the_byline_and_its_years_from_the_headings():
    # a vice-mayor's speech (a written training report): the meeting is in 2013, the review is of 2012
    text = (ROOT / "annotations" / "sources" / "t16_taiyuan_2012.txt").read_text(encoding="utf-8")
    paragraphs, section = _paragraphs_and_only_section(text)
    assert (section.region.name, section.year) == ("太原市", 2013)

    def year_after(heading: str) -> int:
        at = next(p.index for p in paragraphs if p.text == heading)
        return section.year_of(at + 1)

    assert year_after("一、2012年工作回顾") == 2012
    assert year_after("二、准确把握知识产权工作面临的新形势") == 2013  # a top-level heading without a year ends it
    assert year_after("三、2013年主要任务") == 2013


def test_a_plan_heading_naming_no_year_means_the_year_after_the_report():
    # a pilot city's review of 2011–2013, then "四、下一步工作打算" for 2014 without the year in it
    text = (ROOT / "annotations" / "sources" / "t06_lanzhou_2013.txt").read_text(encoding="utf-8")
    paragraphs, section = _paragraphs_and_only_section(text)
    assert section.year == 2013
    plan = next(p.index for p in paragraphs if p.text == "四、下一步工作打算")
    review = next(p.index for p in paragraphs if p.text.startswith("三、"))
    assert section.year_of(review + 1) == 2013
    assert section.year_of(plan + 1) == section.year_of(plan + 3) == 2014


def test_a_review_heading_that_ends_in_the_next_steps_keeps_the_reports_year():
    # the thirty-second round (r156): "八、…目标完成情况及下一步工作" made its progress figures the next year's
    text = ("武汉市2023年知识产权发展报告\n\n七、政策落实情况\n\n全面推行资助奖励事项网上申报、免申即享，简化审核流程，全市发明专利授权量2.6万件。\n\n"
            "八、“十四五”目标完成情况及下一步工作\n\n从进度看，每万人口发明专利拥有量、每万人口高价值发明专利拥有量已分别完成目标值的85.8%和83.8%。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    progress = next(p.index for p in paragraphs if p.text.startswith("从进度看"))
    assert section.year_of(progress) == 2023


def test_a_dated_plan_heading_without_a_number_dates_the_items_after_it():
    # the twenty-sixth round (r102): 2023年工作打算 on a line of its own after 三、存在的问题
    text = ("鄂尔多斯市2022年知识产权工作总结\n\n三、存在的问题\n\n一是创造质量有待提升，发明专利授权量仅占专利授权总量的9.8%。\n\n"
            "2023年工作打算\n\n（一）提高创造质量。力争全年专利申请量突破6000件。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    problems = next(p.index for p in paragraphs if p.text.startswith("一是"))
    plan = next(p.index for p in paragraphs if p.text.startswith("（一）"))
    assert (section.year_of(problems), section.year_of(plan)) == (2022, 2023)


def test_a_problems_subheading_under_a_dated_plan_heading_is_the_year_under_review():
    # the thirty-ninth round (r212): 六、存在问题和2024年工作打算, then （一）存在问题 and （二）工作打算
    text = ("南宁市2023年知识产权工作总结\n\n六、存在问题和2024年工作打算\n\n（一）存在问题\n\n"
            "一是区域发展不平衡，兴宁区、邕宁区发明专利授权量分别为162件、58件。\n\n（二）下一步工作打算\n\n"
            "力争全年发明专利授权量突破5000件。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    problems = next(p.index for p in paragraphs if p.text.startswith("一是"))
    plan = next(p.index for p in paragraphs if p.text.startswith("力争"))
    assert (section.year_of(problems), section.year_of(plan)) == (2023, 2024)
    # the forty-ninth round (r290): no subheading, a paragraph that opens on the shortcomings, then the plan's
    text = ("贵港市2024年知识产权工作情况报告\n\n六、存在问题和2025年工作打算\n\n总体看，全市知识产权工作仍存在一些短板：一是创新主体数量偏少，"
            "全市有专利授权的企业仅占规模以上工业企业的31.5%。\n\n2025年，力争全年发明专利授权量突破500件。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    problems = next(p.index for p in paragraphs if p.text.startswith("总体看"))
    plan = next(p.index for p in paragraphs if p.text.startswith("2025年"))
    assert (section.year_of(problems), section.year_of(plan)) == (2024, 2025)


def test_a_posts_numbered_outlook_heading_and_a_listed_plan_date_their_targets():
    # the thirty-first round (r124, r123): a WeChat post's "🚀 06 | 2024 展望", and a review's
    # "2024—2025年重点做好以下工作：一是…" whose items are of the period's end
    text = ("数说2023｜厦门知识产权“成绩单”来了！\n\n📈 01 | 知识产权创造\n\n2023年，全市发明专利授权量5678件。\n\n"
            "🚀 06 | 2024 展望\n\n力争全年办理专利侵权纠纷行政裁决案件1300件以上。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    review = next(p.index for p in paragraphs if p.text.startswith("2023年"))
    plan = next(p.index for p in paragraphs if p.text.startswith("力争"))
    assert (section.year, section.year_of(review), section.year_of(plan)) == (2023, 2023, 2024)
    text = ("成都市“十四五”知识产权保护和运用规划中期评估报告\n\n2023年，全市专利授权量7.85万件。\n\n"
            "对照《规划》目标，2024—2025年重点做好以下工作：一是强化高价值专利培育。二是深化金融创新，专利权质押融资额力争达到150亿元。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    review = next(p.index for p in paragraphs if p.text.startswith("2023年"))
    plan = next(p.index for p in paragraphs if p.text.startswith("对照"))
    assert (section.year_of(review), section.year_of(plan)) == (2023, 2025)


def test_a_heading_on_the_year_past_in_a_speech_dates_its_part_the_year_before():
    # the twenty-seventh round (r114): a vice-mayor's speech of March 2024 reviews 2023, then plans 2024
    text = ("在全市知识产权工作会议上的讲话\n\n（2024年3月15日）\n\n同志们：\n\n"
            "一、充分肯定过去一年全市知识产权工作取得的成绩\n\n（二）创造质量稳步提升。全市专利授权量5.62万件。\n\n"
            "三、突出重点，推动今年知识产权工作再上新台阶\n\n（一）着力提升知识产权创造质量。力争发明专利授权量增长10%以上。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    review = next(p.index for p in paragraphs if p.text.startswith("（二）"))
    plan = next(p.index for p in paragraphs if p.text.startswith("（一）"))
    assert (section.year, section.year_of(review), section.year_of(plan)) == (2024, 2023, 2024)
    assert section.spoken_year == 2024  # its 去年 is 2023, its 今年 2024


def test_a_subheading_on_the_year_past_in_a_speech_counts_its_last_year_from_the_speech():
    # the fifty-fifth round (r339): the year past is a （一） heading under a top-level one that names no year, and the
    # figures under it say 去年 for the year it reviews
    text = ("在全市知识产权工作会议上的讲话\n\n新泰市人民政府副市长　刘洪涛\n\n（2025年3月14日）\n\n同志们：\n\n"
            "一、肯定成绩、正视差距，准确把握全市知识产权工作面临的形势\n\n（一）过去一年的成绩来之不易\n\n"
            "一是创造质量有了新提升。2024年，全市专利授权量达到3286件。截至去年底，全市有效发明专利拥有量达到2153件。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    review = next(p.index for p in paragraphs if p.text.startswith("一是"))
    assert (section.region.name, section.year, section.year_of(review), section.spoken_year) == ("新泰市", 2025, 2024, 2025)


def test_a_part_of_a_speech_that_opens_on_the_year_past_reviews_it():
    # the fifty-seventh round (r353): no heading names the year past, but the part's first paragraph opens with 去年,
    # so its undated figures are the year before the speech's, and its 去年 counts from the speech
    text = ("在全市知识产权工作会议上的讲话\n\n贵溪市人民政府副市长  周晓峰\n\n（2026年3月18日）\n\n同志们：\n\n"
            "一、肯定成绩，正视差距，进一步增强做好知识产权工作的信心和紧迫感\n\n去年是“十四五”规划的收官之年。一年来，在鹰潭市"
            "市场监管局（知识产权局）的精心指导下，全市上下认真落实市委、市政府决策部署，知识产权各项工作取得了新的成效。\n\n"
            "第一，创造质量稳步提升。去年全市专利申请量为2846件。全市专利授权量2077件，同比增长4.1%。\n\n"
            "二、突出重点，推动今年知识产权工作再上新台阶\n\n第一，着力提升知识产权创造质量，深入实施高价值专利培育计划，"
            "力争全年专利授权量达到2200件。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    review = next(p.index for p in paragraphs if p.text.startswith("第一"))
    plan = next(p.index for p in paragraphs if "力争全年" in p.text)
    assert (section.year, section.year_of(review), section.year_of(plan), section.spoken_year) == (2026, 2025, 2026, 2026)


def test_a_press_conference_on_the_year_reviewed_keeps_it_where_a_part_opens_on_the_year_past():
    # r242's check: in a press conference of April 2024 on 2023, 去年 is the year reviewed already
    text = ("拉萨市2023年知识产权工作新闻发布会\n\n发布时间：2024年4月23日\n\n"
            "一、主要工作成效\n\n去年，全市知识产权工作取得新成效。\n\n全市专利授权量1521件。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    figure = next(p.index for p in paragraphs if p.text.startswith("全市专利授权量"))
    assert (section.year, section.year_of(figure)) == (2023, 2023)


def test_a_newspaper_interviews_headline_and_subtitle_are_its_title_under_the_masthead():
    # the fifty-eighth round (r357): the masthead named 沧州 and the day, and ran into the headline; the subtitle names
    # the region, the year reviewed and the kind (答记者问), and the masthead's day is the day it was said
    text = ("沧州日报　2025年2月18日　第3版　县域经济\n守护“海”的品牌 激发创新活力\n"
            "——黄骅市市场监督管理局局长就2024年知识产权工作答记者问\n本报记者 孙晓萌\n\n"
            "记者：刘局长，能否先给读者介绍一下总体情况？\n\n刘海涛：好的。去年全市专利授权量3126件，同比增长14.7%。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    assert (section.region.name, section.year, section.spoken_year, section.spoken_month) == ("黄骅市", 2024, 2025, 2)
    assert section.start_paragraph == 0


def test_a_newspaper_pages_masthead_gives_the_day_its_feature_came_out():
    # the hundred-and-eleventh round (r648): a feature under a newspaper's masthead, with no interview, reviews the year
    # before the day on the masthead, whose 去年 it is
    text = ("晋中日报　2023年3月16日　星期四　第7版　知识产权专刊\n“玻璃器皿之都”擦亮知识产权“金名片”\n"
            "——祁县玻璃器皿产业知识产权保护工作观察\n本报记者　王晓燕\n\n"
            "2022年，全县玻璃器皿产业实现产值43.5亿元。去年，全县外贸出口总额3.98亿美元。\n\n"
            "截至2022年底，全县玻璃器皿企业163家，2022年外观设计专利授权318件。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    assert (section.region.name, section.year, section.spoken_year, section.spoken_month) == ("祁县", 2022, 2023, 3)


def test_a_plan_for_the_rest_of_the_year_keeps_the_reports_year():
    # the seventeenth round (r68): a half-year report's 下半年工作打算 plans the same year, 2020
    text = ("合肥市市场监督管理局（知识产权局）2020年上半年知识产权工作总结及下半年工作打算\n\n"
            "一、上半年工作情况\n\n上半年，全市专利授权量17483件，同比增长21.6%。\n\n"
            "二、下半年工作打算\n\n力争全年有效注册商标达到28万件。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    assert section.region.name == "合肥市"
    plan = next(p.index for p in paragraphs if p.text == "二、下半年工作打算")
    assert section.year_of(plan + 1) == 2020


def test_a_monthly_reports_next_steps_plan_the_rest_of_its_year():
    # the hundred-and-eleventh round (r629): 知识产权统计月报 of October, its 下一步工作 the last two months of 2023
    text = ("肇源县知识产权统计月报\n\n2023年第10期（总第58期）\n\n肇源县2023年1—10月知识产权主要指标完成情况\n\n"
            "1—10月，全县专利授权186件，同比增长12.0%。\n\n三、下一步工作\n\n力争全年专利授权量达到225件以上。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    plan = next(p.index for p in paragraphs if p.text == "三、下一步工作")
    assert (section.year, section.year_of(plan + 1)) == (2023, 2023)


def test_a_report_on_the_whole_country_is_about_china():
    # the sixth probe (r21): a national summary names no region, only 全国
    text = "2018年全国知识产权工作情况\n\n2018年，全国知识产权系统认真落实党中央、国务院决策部署。\n"
    (section,) = _sections(text)
    assert (section.region.name, section.region.code, section.year) == ("中国", "100000", 2018)


def test_a_five_year_plan_under_review_gives_its_last_year():
    # the sixth probe (r22): a review of the 12th five-year plan with the plan for the next year
    text = (
        "广西壮族自治区知识产权局“十二五”知识产权工作总结和2016年工作要点\n\n"
        "一、“十二五”知识产权工作主要成效\n\n五年来，全区知识产权事业实现跨越式发展，各项目标任务全面完成，全区专利申请量达到4.35万件。\n\n"
        "二、2016年工作要点\n\n力争全年全区专利申请量达到5.2万件，发明专利申请2.7万件以上，PCT国际专利申请突破120件。\n\n"
        "（一）谋划“十三五”发展\n\n编制发布全区知识产权“十三五”发展规划，明确“十三五”时期知识产权事业发展的主要目标和重点任务。\n"
    )
    paragraphs, section = _paragraphs_and_only_section(text)
    assert (section.region.code, section.year) == ("450000", 2015)
    years = {p.text: section.year_of(p.index) for p in paragraphs}
    assert years["五年来，全区知识产权事业实现跨越式发展，各项目标任务全面完成，全区专利申请量达到4.35万件。"] == 2015
    assert years["力争全年全区专利申请量达到5.2万件，发明专利申请2.7万件以上，PCT国际专利申请突破120件。"] == 2016
    assert years["编制发布全区知识产权“十三五”发展规划，明确“十三五”时期知识产权事业发展的主要目标和重点任务。"] == 2016  # a plan for the next five years is no period under review


def test_a_review_of_a_five_year_plans_development_gives_its_last_year_not_the_date_it_was_written():
    # the thirty-third probe (r159): a PDF's review of the 13th five-year plan, dated the spring after it
    text = (
        "甘肃省“十三五”知识产权事业发展情况回顾\n甘肃省知识产权局\n（2021年3月）\n\n"
        "一、知识产权运用效益日益显现\n\n全省通过贯标认证企业达到426家，累计培育国家知识产权示范企业18家。\n\n"
        "二、“十四五”知识产权发展规划编制\n\n组织开展“十四五”规划前期研究，全省每万人口发明专利拥有量达到2.95件，形成规划初稿并广泛征求各方面意见。\n"
    )
    paragraphs, section = _paragraphs_and_only_section(text)
    assert (section.region.code, section.year) == ("620000", 2020)
    # a heading on the plan for the next five years is no period under review (it would date its part 2025)
    assert [section.year_of(p.index) for p in paragraphs[-2:]] == [2020, 2020]


@pytest.mark.parametrize(
    "title, year",
    [
        ("长沙市知识产权局2010年工作总结暨2011年工作要点", 2010),  # the tenth probe (r39): the plan's year comes second
        ("宁波市2024年知识产权工作总结及2025年工作思路", 2024),
        ("2016-2017年工作绩效及2018年工作计划", 2017),  # a period under review ends in its last year
        ("株洲市国家知识产权试点城市工作总结（2008—2010年）", 2010),
        # the one hundred and third round (r589): a yearbook comes out the year after the one it records
        ("平泉年鉴（2019）科技知识产权", 2018),
        ("中国知识产权年鉴2019", 2018),
    ],
)
def test_the_first_date_a_title_names_is_the_year_under_review(title, year):
    paragraphs, section = _paragraphs_and_only_section(f"{title}\n\n全市知识产权工作取得新进展。\n")
    assert section.year == year


def test_a_part_heading_dates_the_numbered_items_under_it():
    # the tenth probe (r39): 第二部分 2011年工作要点, then long numbered items that name no year
    text = (
        "长沙市知识产权局2010年工作总结暨2011年工作要点\n\n第一部分 2010年工作总结\n\n"
        "一、专利创造能力稳步提升\n\n全市专利申请受理量达到8962件，同比增长24.6%。\n\n"
        "第二部分 2011年工作要点\n\n"
        "一、着力提升专利创造质量。全市专利申请受理量力争突破10500件，专利授权量确保达到6000件，"
        "每万人口发明专利拥有量达到7件，企事业单位专利工作取得新进展。\n"
    )
    paragraphs, section = _paragraphs_and_only_section(text)
    assert section.year == 2010
    assert section.year_of(paragraphs[3].index) == 2010
    assert section.year_of(paragraphs[-1].index) == 2011


def test_a_title_year_in_chinese_numerals_and_no_year_inside_a_figure():
    # the seventh probe (r27): 二〇一二年 in the title and the plan heading; 21935件 holds no year 1935
    text = (
        "河南省知识产权局二〇一二年工作总结\n\n（二〇一三年一月）\n\n"
        "在三种专利中，发明专利申请受理量11724件，增长23.6%；实用新型专利申请受理量21935件，增长29.8%；外观设计专利申请受理量9927件。\n\n"
        "三、二〇一三年工作安排\n\n力争全省专利申请受理量突破5万件，发明专利申请受理量达到1.4万件，每万人口发明专利拥有量达到1.2件。\n"
    )
    paragraphs, section = _paragraphs_and_only_section(text)
    assert (section.region.code, section.year) == ("410000", 2012)
    assert section.year_of(paragraphs[-1].index) == 2013
    (untitled,) = _sections("工作总结\n\n在三种专利中，实用新型专利申请受理量21935件，增长29.8%，外观设计专利申请受理量9927件，增长27.1%。\n")
    assert untitled.year is None


def test_an_assessment_report_names_its_region_and_takes_its_commonest_year():
    # the eighth probe (r32): a mid-term review written in 2023 of the results to 2022; its first
    # year is the date the plan was issued, not the year it reports on
    text = (
        "浙江省知识产权“十四五”规划实施情况中期评估报告\n\n"
        "2021年6月，浙江省人民政府印发《浙江省知识产权“十四五”规划》，明确了主要目标。\n\n"
        "截至2022年底，全省有效发明专利达到24.36万件，比2020年底增长46.2%。\n\n"
        "2022年，全省专利授权量44.38万件，同比下降5.3%。\n"
    )
    (section,) = _sections(text)
    assert (section.region.code, section.year) == ("330000", 2022)


def test_a_press_conference_transcript_names_its_region_and_the_year_its_words_were_said_in():
    # the twentieth round (r79): a 2022 press conference on 2021's work, whose 去年 is 2021
    text = ("锡林郭勒盟2021年知识产权工作新闻发布会实录\n来源：锡林郭勒盟行政公署新闻办公室　发布时间：2022-04-25\n"
            "2022年4月24日上午，锡林郭勒盟行政公署新闻办公室举行新闻发布会。\n去年全盟专利授权量达到1247件。")
    (section,) = _sections(text)
    assert (section.region.name, section.year, section.spoken_year) == ("锡林郭勒盟", 2021, 2022)
    # the twenty-sixth round (r104): a line naming the same region and no period (the host's, above the
    # transcript) is no report of its own, so the words after it keep the day they were said on
    lines = ["济南市2023年知识产权发展状况新闻发布会", "发布时间：2024-04-24 15:32",
             "主持人：刘晓燕中共济南市委宣传部副部长、市政府新闻办公室主任【文字实录】",
             "王建军：截至去年底，全市有效注册商标62.4万件，同比增长9.3%，总量居全省首位。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("济南市", 2023, 2024)
    # the thirty-fifth round (r180): a provincial web page, whose site menu comes before the day it was published
    lines = ["河北省政府新闻办“2023年全省知识产权工作”新闻发布会", "河北省人民政府", "首页", "政务公开", "新闻发布", "互动交流",
             "办事服务", "当前位置：首页 > 新闻发布 > 发布会实录", "发布时间：2024-04-24 16:20",
             "王立新：去年，全省市场监管部门共查办商标侵权案件1683件。", "2023年，全省发明专利授权量1.26万件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("河北省", 2023, 2024)
    # the forty-fourth round: the month it was said on too, which a yearless 截至3月底 of it falls within
    assert section.spoken_month == 4 and paragraph_context("d", section, 9)["spoken_month"] == 4
    # a work summary's 今年 is its own year, whenever it was published
    (summary,) = _sections("锡林郭勒盟2021年知识产权工作总结\n发布时间：2022-01-25\n今年全盟专利授权量达到1247件。")
    assert summary.spoken_year is None


def test_a_headline_naming_no_report_kind_still_names_the_region():
    # the twenty-first round (r81): a copied WeChat post, whose headline names the city and IP but no report kind
    text = ("2022年广州知识产权“成绩单”来了！一文速览→\n广州知识产权\n原创 广州知识产权 2023-01-18 09:30 发表于广东\n\n"
            "2022年，全市知识产权主要指标稳中有进、量质齐升。\n")
    (section,) = _sections(text)
    assert (section.region.name, section.region.code, section.year) == ("广州市", "440100", 2022)
    # a headline on another subject names no report region
    (section,) = _sections("2022年广州马拉松报名开启！\n\n2022年，全市专利授权量达到14.92万件。\n")
    assert section.region is None


def test_a_statistical_bulletin_names_its_region_and_year():
    # the twenty-first round (r84): a city's 统计公报 on a web page, its title under the breadcrumb
    text = ("当前位置：首页 > 统计数据 > 统计公报\n西安市2023年国民经济和社会发展统计公报\n发布时间：2024-03-28 09:30\n"
            "十、科技创新和知识产权\n全年专利授权量71536件，比上年下降5.7%。\n")
    sections = _sections(text)
    assert [(s.region.name, s.year) for s in sections if s.region] == [("西安市", 2023)]


def test_the_year_a_change_starts_from_is_not_the_year_under_review():
    # the thirty-fifth round (r177): a pilot city's summary of 2019—2023, whose title names no year and whose
    # paragraphs open with the year each change starts from
    text = ("盐城市国家知识产权试点城市建设工作总结\n\n盐城市人民政府\n\n2024年1月\n\n"
            "2019年4月，经国家知识产权局批准，我市正式启动国家知识产权试点城市建设工作，试点期为2019—2023年。\n\n"
            "试点期间，全市专利授权量由2019年的6120件增至2023年的14835件，年均增长24.8%。\n\n"
            "全市有效注册商标由2019年末的6.28万件增至2023年末的12.56万件，年均增长18.9%。\n\n"
            "全市知识产权质押融资额从2019年的4.3亿元增长到2023年的31.6亿元。\n\n"
            "2019年，市政府成立国家知识产权试点城市建设工作领导小组。\n")
    (section,) = _sections(text)
    assert (section.region.name, section.year) == ("盐城市", 2023)


def test_the_year_of_a_document_number_is_not_the_year_under_review():
    # the twenty-fourth round (r93): a PDF's first page runs the issuer's head, its 文号 and the title together
    text = "唐山市市场监督管理局文件唐市监〔2024〕8号2023年唐山市知识产权工作总结\n\n2023年，全市专利授权量16256件。\n"
    (section,) = _sections(text)
    assert (section.region.name, section.year) == ("唐山市", 2023)


def test_a_countys_part_of_a_citys_report_is_led_by_its_name_in_any_form():
    # the twenty-fourth round (r94): counties under numbered labels, on lines of their own and after 一是; a zone's
    # label and the plan's heading give the city back its paragraphs; 河东区 is 临沂市's, not 天津市's
    text = (
        "临沂市2023年知识产权工作总结\n\n2023年，全市专利授权量26300件。\n\n二、各县区工作情况\n\n"
        "（一）兰山区：全区专利授权量5418件。\n\n本区建成商标品牌指导站48个。\n\n（三）河东区：全区专利申请量3926件。\n\n"
        "沂南县\n\n县域有效发明专利达到486件。\n\n三是兰陵县。全县专利授权量1240件。\n\n"
        "（五）临沂高新区：全区有效发明专利1286件。\n\n三、2024年工作打算\n\n力争全市专利授权量达到2.8万件。\n"
    )
    paragraphs = normalize(text).paragraphs()
    (section,) = split_sections(paragraphs)

    def at(start):
        p = next(p for p in paragraphs if p.text.startswith(start))
        return section.region_of(p.index).name, section.region_of(p.index).code, section.year_of(p.index)

    assert at("2023年，全市") == ("临沂市", "371300", 2023)
    assert at("（一）兰山区") == at("本区建成") == ("兰山区", "371302", 2023)
    assert at("（三）河东区") == ("河东区", "371312", 2023)
    assert at("县域有效") == ("沂南县", "371321", 2023)
    assert at("三是兰陵县") == ("兰陵县", "371324", 2023)
    assert at("（五）临沂高新区") == ("临沂市", "371300", 2023)
    assert at("力争全市") == ("临沂市", "371300", 2024)


def test_a_lead_with_no_number_ends_at_the_next_numbered_heading():
    # the thirty-third round (r162): a Markdown list of cities' bullets (- **湘西州**：…) gave the last city the part after
    text = (
        "湖南省2021年知识产权金融工作情况报告\n\n（四）推动各市州协同发力\n\n"
        "湘潭市：联合地方法人银行推出“潭知贷”专属产品，全年放款2.36亿元，惠及科技型中小企业58家。\n\n"
        "湘西州：实现全州首笔地理标志商标质押，“保靖黄金茶”地理标志商标质押融资500万元。\n\n"
        "（五）优化评估和登记服务\n\n全省建成知识产权质押融资服务站48个。推动8家资产评估机构入驻服务站，为企业提供免费初评服务。\n"
    )
    paragraphs = normalize(text).paragraphs()
    (section,) = split_sections(paragraphs)
    region = {p.text[:3]: section.region_of(p.index).name for p in paragraphs}
    assert (region["湘西州"], region["全省建"]) == ("湘西土家族苗族自治州", "湖南省")


def test_a_section_naming_no_year_takes_the_year_of_the_section_before():
    # the twenty-fourth round (r94): not the report's commonest year, which was a tie of 2023 and 2024 there
    text = "第七章 地方知识产权工作\n\n北京市\n\n2016年，全市专利授权量10万件。\n\n天津市\n\n全市专利授权量4万件。\n"
    sections = split_sections(normalize(text).paragraphs(), default_year=2017)
    assert [(s.region and s.region.name, s.year) for s in sections] == [(None, 2017), ("北京市", 2016), ("天津市", 2016)]


def test_a_government_work_report_reviews_the_year_before_it_was_delivered():
    # the twenty-fifth round (r97): no year in the title; its occasion and byline under it, each a line of its own
    text = ("政府工作报告（摘要）\n\n——2024年1月9日在江阴市第十八届人民代表大会第三次会议上\n\n江阴市人民政府市长\n\n各位代表：\n\n"
            "现在，我代表市人民政府，向大会报告工作。\n\n一、2023年工作回顾\n\n过去的一年，全市地区生产总值增长5.2%。\n\n"
            "今年是全面贯彻落实党的二十大精神的关键之年。\n")
    (section,) = _sections(text)
    assert (section.region.name, section.year, section.spoken_year) == ("江阴市", 2023, 2024)


def test_a_paragraph_opening_with_a_plan_year_dates_the_targets_after_it_up_to_the_next_heading():
    # the twenty-fifth round (r100): 第三节 发展目标, 到2025年，…, then targets in paragraphs of their own
    text = ("重庆市知识产权保护和运用“十四五”规划\n\n第一节　“十三五”时期主要成效\n\n"
            "2020年，全市专利授权量5.54万件，是2015年的2.3倍，有效发明专利3.9万件，每万人口发明专利拥有量12.06件。\n\n"
            "知识产权服务能力不断增强，全市知识产权服务机构达到482家。\n\n第三节　发展目标\n\n到2025年，知识产权强市建设取得明显成效。\n\n"
            "——知识产权创造质量明显提升。每万人口发明专利拥有量达到20件以上。\n\n第四节　远景目标\n\n知识产权综合实力进入全国前列。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    years = {p.text[:6]: section.year_of(p.index) for p in paragraphs}
    assert years["知识产权服务"] == 2020  # the 十三五 heading's last year
    assert years["——知识产权"] == 2025 and years["知识产权综合"] == 2020


def test_a_zone_named_with_its_district_in_brackets_reports_on_the_district():
    # the thirty-sixth round (r186): 杭州高新区（滨江） is one body with 滨江区, named by its short form
    text = ("杭州高新区（滨江）2023年知识产权工作总结\n\n杭州高新区（滨江）市场监督管理局（知识产权局）\n\n"
            "2023年，全区专利授权量21386件，同比下降4.7%。\n")
    (section,) = _sections(text)
    assert (section.region.name, section.region.code, section.year) == ("滨江区", "330108", 2023)
    # a zone with no district after it is its city's
    (section,) = _sections("杭州高新区2023年知识产权工作总结\n\n2023年，全区专利授权量21386件。\n")
    assert section.region.code == "330100"


def test_a_reply_letter_takes_its_region_from_its_letterhead_and_its_this_year_from_the_day_it_was_signed():
    # the thirty-sixth round (r187): a bureau's reply to a CPPCC proposal, signed in June 2024 on 2023's work
    lines = ["南通市市场监督管理局", "通市监提复〔2024〕27号", "关于市政协十五届三次会议第0156号提案的答复", "张建华委员：",
             "您提出的《关于加快我市知识产权强市建设的提案》收悉。现答复如下：",
             "2023年，全市专利授权量5.21万件，同比下降4.3%。", "今年1—5月，全市发明专利授权3856件，同比增长21.4%。",
             "联系人：周敏", "南通市市场监督管理局", "2024年6月18日"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("南通市", 2023, 2024)
    # the forty-eighth round (r280): …提案答复的函 with no letterhead, signed at its foot by a body of the city, and a list
    # of this year's figures after a dated lead, one item a paragraph up to the one that ends with 。
    lines = ["关于市政协九届四次会议第127号提案答复的函", "广市监函〔2025〕58号", "赵文清委员：",
             "您提出的《关于加强地理标志保护运用的提案》收悉。现将办理情况答复如下。",
             "2024年，全市专利授权量2186件，同比下降6.3%。", "2024年，全市有效注册商标4.62万件。", "2025年1—5月，全市知识产权主要指标运行情况如下：",
             "专利授权量913件，同比增长4.2%；", "查办知识产权侵权案件41件。", "在公共服务方面，全市设立受理窗口7个。",
             "广元市市场监督管理局（广元市知识产权局）", "2025年6月18日"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("广元市", 2024, 2025)
    assert [section.year_of(k) for k in (4, 7, 8, 9)] == [2024, 2025, 2025, 2024]
    # a work summary signed the next January still counts 今年 from the year it reviews
    lines = ["南通市2023年知识产权工作总结", "2023年，全市专利授权量5.21万件。", "今年，全市新增示范企业4家。", "2024年1月18日"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("南通市", 2023, None)


def test_a_review_of_a_plan_is_not_dated_by_the_plans_period():
    # the thirty-sixth round (r188): a mid-term evaluation of a 2023—2025 plan reviews 2023, not 2025
    text = ("《潮州市知识产权强市建设三年行动计划（2023—2025年）》实施情况中期评估报告\n\n潮州市市场监督管理局（知识产权局）\n\n"
            "2023年，全市专利授权量6518件，同比增长3.2%。\n\n2023年，全市有效注册商标14.52万件。\n")
    (section,) = _sections(text)
    assert (section.region.name, section.year) == ("潮州市", 2023)
    # the plan itself is dated by its period
    (plan,) = _sections("潮州市知识产权强市建设三年行动计划（2023—2025年）\n\n到2025年，全市有效注册商标达到16万件。\n")
    assert plan.year == 2025


def test_a_review_since_a_plan_began_is_of_the_year_its_paragraphs_name():
    # the forty-eighth round (r281): “十四五”以来…综述 of January 2025 reviews up to 2024, not the plan's last year
    lines = ["“十四五”以来淮安市知识产权工作综述", "截至2024年底，全市有效发明专利9826件。", "2024年，全市专利授权量1.53万件。",
             "2025年，全市力争发明专利授权量达到2500件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.first_year) == ("淮安市", 2024, 2021)
    # a review of the whole period is of its last year
    (section,) = _sections("淮安市“十四五”期间知识产权工作总结\n\n2024年，全市专利授权量1.53万件。\n\n2024年，全市有效商标18.7万件。\n")
    assert section.year == 2025


def test_a_zone_named_once_with_its_district_is_known_to_every_paragraph():
    # the thirty-eighth round (r199): 西海岸新区（黄岛区） once, across a PDF's line break, then 西海岸新区 alone
    (section,) = _sections("2023年青岛市知识产权发展状况\n一、总体情况\n西海岸新区有效发明专利达到10215件。\n"
                           "二、区（市）情况\n从区（市）看，西海岸新区\n（黄岛区）、崂山区发明专利授权量分别为2486件、2317件。\n"
                           "湖北自贸试验区（武汉片区）新设企业1200家。")
    assert paragraph_context("d", section, 2)["zone_districts"] == {"西海岸新区": {"name": "黄岛区", "code": "370211", "text": "黄岛区"}}
    assert "zone_districts" not in paragraph_context("d", _sections("2023年青岛市知识产权发展状况\n全市专利授权量5.2万件。")[0], 1)


def test_a_review_of_a_five_year_plan_gives_its_paragraphs_the_period():
    # the forty-third round (r240): 安徽省“十三五”知识产权发展回顾, whose 各年分别为… lists name no years
    text = ("安徽省“十三五”知识产权发展回顾\n\n一、主要成效\n\n全省发明专利授权量各年分别为1.12万件、1.25万件、1.39万件、1.71万件和2.05万件。\n\n"
            "二、2021年工作打算\n\n力争发明专利授权量达到2.3万件。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    review = next(p.index for p in paragraphs if p.text.startswith("全省"))
    plan = next(p.index for p in paragraphs if p.text.startswith("力争"))
    assert (section.first_year, section.year) == (2016, 2020)
    assert paragraph_context("d", section, review)["period"] == [2016, 2020]
    assert "period" not in paragraph_context("d", section, plan)  # the plan's year is not the period's last


def test_a_report_delivered_at_a_meeting_counts_this_year_from_that_day():
    # the forty-sixth round (r261): a report to the 人大常委会 in August 2024, under a web page's menus; its 今年 is 2024
    menus = "".join(f"• 栏目{k}\n" for k in range(14))
    text = ("岳阳市人民政府关于全市知识产权保护工作情况的报告\n" + menus + "岳阳市人民政府关于全市知识产权保护工作情况的报告\n"
            "——2024年8月27日在岳阳市第九届人民代表大会常务委员会第二十一次会议上\n"
            "知识产权创造量质齐升。2023年，全市专利授权量5862件，同比增长7.4%；截至2023年底，全市有效发明专利5408件。\n"
            "今年以来，创造势头保持稳定。今年1—6月，全市专利授权量2917件，同比增长5.2%。\n")
    (section,) = split_sections(normalize(text).paragraphs(), default_year=report_year(text))
    assert (section.region.name, section.year, section.spoken_year) == ("岳阳市", 2023, 2024)


def test_a_bulletin_names_the_region_it_reports_on():
    # the forty-sixth round (r266): …发展情况通报 is a report's title, whose region is the section's
    (section,) = _sections("2023年漳州市商标品牌发展情况通报\n\n截至2023年12月31日，全市有效注册商标达152386件。\n")
    assert (section.region.name, section.year) == ("漳州市", 2023)


def test_a_meeting_reviewing_the_year_before_dates_the_paragraphs_after_its_lead():
    # the fiftieth round (r294): news of a 2025 meeting whose review of 2024 runs on in 一是…, 二是… until 会议强调，2025年…
    lines = ["迪庆州召开2025年知识产权工作推进会", "会议指出，2024年，全州知识产权系统认真贯彻落实州委部署。",
             "一是知识产权创造量质齐升。受专项整治影响，全州专利申请量为486件。", "二是转化运用成效明显。全年实现专利转让38次。",
             "会议强调，2025年是“十四五”规划收官之年。", "二是做强地理标志品牌。力争交易额突破10亿元。"]
    (section,) = _sections_of_lines(lines)
    assert section.year == 2025
    assert [section.year_of(k) for k in range(1, 6)] == [2024, 2024, 2024, 2025, 2025]
    # a paragraph opening with a year before the section's in a report of its own is no meeting's review
    lines = ["迪庆州2025年知识产权工作要点", "2024年，全州专利授权量312件。", "全州力争专利授权量达到350件。"]
    (section,) = _sections_of_lines(lines)
    assert section.year_of(2) == 2025


def test_a_county_officials_words_in_a_press_conference_are_their_countys():
    # the fifty-first round (r301): 全县 in the words of 东丰县's deputy head, introduced in the 发布人 line or by the host
    lines = [
        "辽源市2025年前三季度知识产权工作新闻发布会",
        "发布人：辽源市市场监督管理局党组成员、副局长孙立国；东丰县人民政府党组成员、副县长王海涛",
        "孙立国：前三季度，全市专利授权量达到1127件。",
        "主持人 赵雪：下面，请东辽县市场监督管理局局长刘春梅介绍有关情况。",
        "王海涛：一是知识产权创造稳步增长。前三季度，全县有效发明专利拥有量达到178件。",
        "二是地理标志品牌效应凸显。全县梅花鹿饲养量达到14.2万只。",
        "刘春梅：前三季度，全县发明专利授权23件。",
        "记者提问（吉林电视台）：请问下一步有什么打算？",
        "答（孙立国）：全市将继续加大保护力度。",
    ]
    (section,) = _sections_of_lines(lines)
    regions = [section.region_of(k).name for k in range(len(lines))]
    assert regions == ["辽源市", "辽源市", "辽源市", "辽源市", "东丰县", "东丰县", "东辽县", "辽源市", "辽源市"]
    # a report that is no transcript keeps its region whatever a paragraph opens with
    lines = ["辽源市2025年知识产权工作总结", lines[1], "王海涛：全县有效发明专利178件。"]
    (section,) = _sections_of_lines(lines)
    assert section.region_of(2).name == "辽源市"


def test_the_towns_heading_a_tables_rows_are_known_to_every_paragraph():
    # the fifty-third round (r323): a table lists 拿山镇; a paragraph elsewhere names its product “拿山黄桃”
    lines = ["井冈山市2024年知识产权工作总结", "乡镇（场）\t专利授权（件）\t商标注册（件）", "拿山镇\t33\t84", "全市\t412\t863",
             "推动北滘镇建设示范基地。", "“拿山黄桃”地理标志证明商标获准注册。"]
    (section,) = _sections_of_lines(lines)
    assert paragraph_context("d", section, 5)["towns"] == {"拿山": "拿山镇"}
    # the fifty-fourth round (r324): and every town the report names anywhere, by its stems, for a quoted product
    assert paragraph_context("d", section, 5)["towns_named"] == {"动北滘": "动北滘镇", "拿山": "拿山镇", "北滘": "北滘镇"}
    assert "towns" not in paragraph_context("d", _sections("2023年青岛市知识产权发展状况\n全市专利授权量5.2万件。")[0], 1)


def test_a_headline_naming_a_city_by_its_short_name_and_a_later_years_work_announced():
    # the sixtieth round (r375): a WeChat post's headline names 福安 alone, a short form the gazetteer leaves out, and the
    # body 福安市 in full; 2025年，我们将… announces the next year's work, whose targets follow in the paragraph after it
    lines = ["福安知识产权这一年｜2024年度盘点", "原创福安市场监管福安市场监管2025年01月16日18:02福建",
             "2024年，全市专利授权量1862件。", "年初，市政府办公室印发《福安市知识产权专项资金管理办法》。",
             "【06 展望篇】", "2025年，我们将深入贯彻《福建省专利促进与保护条例》。", "力争全年专利授权量达到2000件以上。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("福安市", 2024)
    assert section.heading_years.get(6) == 2025 and 2 not in section.heading_years
    # a headline whose short name the body never names in full names no region
    (section,) = _sections_of_lines(["福安知识产权这一年｜2024年度盘点", "2024年，全市专利授权量1862件。"])
    assert section.region is None
    # the one hundred and fifth round (r606): the short name opening a later sentence of the headline
    lines = ["一块石、一粒米、一滴油！祁阳2022年知识产权“成绩单”来了👉", "2022年，祁阳市市场监督管理局深入贯彻《知识产权强国建设纲要》。",
             "全市专利授权量726件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.region.code, section.year) == ("祁阳市", "431181", 2022)


def test_a_headline_opening_on_a_short_name_and_a_colon_names_the_unit_the_body_names_in_full():
    # the eighty-eighth round (r534, r538): 海伦：… and 洮南：… say nothing of 知识产权 in their headlines
    lines = ["海伦：黑土地上的“品牌经”", "海伦农业 2023-03-16 07:45 发表于黑龙江", "海伦市总面积4667平方公里。",
             "2022年，全市粮食播种面积438.6万亩。"]
    assert _sections_of_lines(lines)[0].region.name == "海伦市"
    # nor a headline opening on a word and a colon (视频：…) whose body names no unit of that name
    assert _sections_of_lines(["视频：黑土地上的“品牌经”", "海伦市总面积4667平方公里。"])[0].region is None


def test_a_stories_headline_under_a_pages_breadcrumb_is_its_title():
    # the eighty-ninth round (r541): 当前位置：… above 2022年肥城知识产权工作十件大事, which names 肥城 by its short name
    lines = ["当前位置：首页>新闻中心>部门动态", "2022年肥城知识产权工作十件大事", "发布日期：2023-01-13来源：肥城市市场监督管理局",
             "2022年，我市知识产权强县建设全面起势。", "一、成功获批山东省知识产权强县建设示范县", "全省共确定示范县12个。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("肥城市", 2022)


def test_an_interviews_subtitle_under_a_pages_menus_names_the_place_of_the_official_it_visits():
    # the eighty-ninth round (r544): the subtitle stands under the site's menus and the headline again, and a question
    # speaks of 咱们吉林市, the prefecture-level city around 舒兰市
    menus = ["首页江城日报数字报手机版RSS搜索", "首页", "吉林新闻", "时政要闻", "县（市）区", "经济", "社会", "文旅·冰雪", "评论",
             "专题", "视频", "当前位置：首页>县（市）区>舒兰>正文"]
    lines = ["擦亮“舒兰大米”金字招牌", *menus, "擦亮“舒兰大米”金字招牌", "——访舒兰市市场监督管理局局长韩立新",
             "来源：江城日报作者：记者孟繁宇发布时间：2024-01-17 08:00", "2023年，舒兰市知识产权工作稳中有进。",
             "记者：舒兰大米是咱们吉林市叫得最响的农产品品牌之一。", "韩立新：去年全市专利申请量是598件。"]
    assert _sections_of_lines(lines)[0].region.name == "舒兰市"


def test_a_speech_dated_by_its_day_alone_reviews_the_year_before_in_its_part_on_last_year():
    # the eighty-ninth round (r546): （2024年1月18日） is the only date of the title; （一）去年这本账，总体是好看的。 is a heading
    lines = ["在全市知识产权工作推进会上的讲话（2024年1月18日）中共华蓥市委书记罗建平", "同志们：",
             "一、算清“成绩账”，找准“差距账”", "（一）去年这本账，总体是好看的。", "全年实现专利转让、许可38件。",
             "二、突出产业特色，推动知识产权与主导产业深度融合", "全市电子信息产业专利授权力争达到200件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.year, section.spoken_year) == (2024, 2024)
    assert [section.year_of(k) for k in (4, 6)] == [2023, 2024]


def test_a_speechs_part_on_shortfalls_after_the_year_past_is_of_that_year():
    # the sixty-first round (r382): a vice-mayor's speech of February 2025 reviews 去年 in its first part; the second,
    # 二、清醒认识存在的差距, is on the same year's shortfalls, not on the year the speech was given in
    lines = ["在全市知识产权工作会议上的讲话", "——2025年2月26日在全市知识产权工作会议上", "同志们：", "一、过去一年工作成效值得肯定",
             "（一）创造质量稳步提升。去年，全市专利授权量3126件。", "二、清醒认识存在的差距", "我市发明专利授权量占比为13.2%。",
             "三、突出重点抓好今年工作", "今年，全市专利授权量力争达到3300件。"]
    (section,) = _sections_of_lines(lines)
    assert section.year == 2025 and section.heading_years.get(6) == 2024 and section.heading_years.get(8) != 2024


def test_a_features_subtitle_names_its_city_by_its_short_name_and_a_news_story_is_dated_by_its_page():
    # the sixty-second round (r394): a news portal's feature whose headline names no place (茶香花艳“知”力足) and whose
    # subtitle names 漳平 alone, the body 漳平市 in full; written on 2025-02-18, its 去年 is 2024, the year under review
    lines = ["茶香花艳“知”力足", "您当前的位置：首页 > 漳平要闻 > 正文", "茶香花艳“知”力足", "——漳平以知识产权赋能特色产业高质量发展",
             "来源：闽西日报　　发布时间：2025-02-18 09:12", "记者 陈雅琴　通讯员 林志斌",
             "2月17日，记者从漳平市市场监督管理局获悉，2024年，全市专利授权量达1136件。", "2024年，全市专利申请量1583件。",
             "去年，全市企业发明专利授权量达到118件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("漳平市", 2024, 2025)
    # a subtitle naming no place the body names in full names no region; a page with no reporter's byline is no story
    (section,) = _sections_of_lines(lines[:3] + ["——以知识产权赋能特色产业高质量发展"] + lines[4:5] + lines[7:])
    assert section.region is None and section.spoken_year is None


def test_a_speech_naming_no_place_but_its_own_as_we_and_a_press_answers_targets_for_this_year():
    # the sixty-third round (r401): a vice-mayor's speech headed 在全市知识产权工作会议上的讲话 names its city only as 我们邵武
    # and in titles (《邵武市知识产权奖励和资助办法》), where no figure had a region
    lines = ["在全市知识产权工作会议上的讲话", "副市长　林某某", "（2025年2月26日，根据录音整理）", "同志们：",
             "南平市各县（市、区）中，建瓯市专利授权908件。按照市政府出台的《邵武市知识产权奖励和资助办法》，市财政安排资金320万元。",
             "邵武碎铜茶是我们邵武的一张金字招牌。"]
    (section,) = _sections_of_lines(lines)
    assert section.region.name == "邵武市"
    (section,) = _sections_of_lines(lines[:-1])
    assert section.region is None
    # r402: a 2025 press conference's answer turning to this year's work (今年，…重点抓好以下工作。) dates the targets after it,
    # up to the next question
    lines = ["共青城市2024年知识产权工作新闻发布会", "发布时间：2025-01-17 09:30", "主持人：2024年，全市专利授权1386件。",
             "答：谢谢。今年，我们将以创建示范县为牵引，重点抓好以下工作。", "目标上，全年力争专利授权量1500件以上。",
             "江西日报记者：请问成效如何？", "答：全年受理维权援助申请112件。"]
    (section,) = _sections_of_lines(lines)
    assert section.spoken_year == 2025 and section.heading_years.get(4) == 2025 and section.heading_years.get(6) != 2025


def test_a_news_page_whose_headline_says_our_city_and_a_project_report_on_a_provinces_programme():
    # the sixty-fourth round (r410): …——我市口岸知识产权保护工作纪实 names no place; the local paper it comes from does, and
    # its reporter's byline makes it a story published on the page's day (今年 of its quotes is 2025)
    lines = ["守好北疆国门——我市口岸知识产权保护工作纪实", "欢迎访问满洲里新闻网 今天是：2025年1月9日", "来源：满洲里日报 作者：记者 赵雪莹",
             "2024年，满洲里海关查扣侵权嫌疑货物186批次。", "2024年，满洲里市市场监督管理局查办商标侵权假冒案件37件。",
             "在满洲里从事对俄出口的企业负责人说，今年要申请商标。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("满洲里市", 2024, 2025)
    # r405: 贵州省地理标志运用促进工程项目 / 总结报告 is the report of the unit its cover names as doing the work, and the year
    # its paragraphs name most, after the title again
    lines = ["贵州省地理标志运用促进工程项目总结报告", "项目编号：GZDLBZ-2023-07", "承担单位：赤水市市场监督管理局（盖章）",
             "项目周期：2023年1月—2024年12月", "填报日期：2025年1月", "赤水市地理标志运用促进工程项目总结报告", "2024年，用标主体达到101家。",
             "2024年，年产值22.6亿元。", "截至2024年底，累计支出222.57万元。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("赤水市", 2024)


def test_a_news_page_under_long_menus_a_review_since_a_plan_began_and_a_part_opening_on_a_town():
    # the sixty-fifth round (r418): a headline naming the city only inside it, under a prefecture's site menus a dozen lines
    # long; the source line and the story's day below them give the place and the year its quotes say 今年 of
    menus = ["设为首页加入收藏手机版搜索", "首页", "时政要闻", "县市新闻", "经济", "社会", "文旅", "评论", "视频", "专题", "조선문",
             "您当前的位置：首页>县市新闻>珲春"]
    lines = ["知识产权“护航”边贸珲春企业“出海”底气更足", *menus, "来源：珲春市融媒体中心作者：金美兰2022-03-08 09:15",
             "3月7日，记者从珲春市市场监督管理局了解到，2021年，珲春市专利授权量412件。", "2021年，珲春海关查扣侵权嫌疑货物37批次。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("珲春市", 2021, 2022)
    # r419: “十三五”以来 signed in December 2019 reviews the plan's years up to 2019, in its title and its headings, however
    # often the body names the plan's first year
    lines = ["资兴市“十三五”以来知识产权工作总结", "2019年12月12日", "一、“十三五”以来主要工作成效",
             "2016年至2019年，全市专利申请量分别为412件、538件、626件和703件。", "2016年全市专利授权198件，2016年以来累计授权1198件。",
             "二、2020年工作目标", "全市专利申请量达到800件以上。"]
    (section,) = _sections_of_lines(lines)
    assert (section.year, section.year_of(3), section.year_of(6)) == (2019, 2019, 2020)
    # r405: a part whose paragraph opens on a town (旺隆镇是…) gives the town to the later paragraphs of the part, up to
    # the next heading
    lines = ["赤水市2024年地理标志工作总结", "（四）旺隆红心柚：以镇域品牌带特色产业", "旺隆镇是我市红心柚主产区。", "2024年，全镇红心柚种植面积1.15万亩。",
             "（五）加强保护", "全镇开展检查12次。"]
    (section,) = _sections_of_lines(lines)
    assert paragraph_context("d", section, 3)["town_before"] == "旺隆镇"
    assert "town_before" not in paragraph_context("d", section, 2) and "town_before" not in paragraph_context("d", section, 5)


def test_a_transcripts_turn_to_this_years_work_when_this_year_ends_a_plan():
    # the sixty-fifth round (r415): 今年是…的收官之年，我们将重点抓好以下几项工作：, said in January 2025, dates the list after it
    lines = ["巩义市2024年知识产权工作新闻发布会文字实录", "时间：2025年1月16日（星期四）上午10:00", "主持人：2024年，全市专利授权2418件。",
             "部分企业重视不够。今年是《巩义市知识产权强市建设三年行动方案（2023—2025年）》的收官之年，我们将重点抓好以下几项工作：",
             "着力提升创造质量。力争全年专利授权量达到2600件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.spoken_year, section.year_of(4)) == (2025, 2025)


def test_a_reports_addressee_is_not_the_body_that_writes_it():
    # the sixty-fifth round (r425): 牡丹江市市场监督管理局： under the title is whom the report goes to; the writer's name is above
    lines = ["绥市监发〔2021〕4号", "绥芬河市市场监督管理局", "关于2020年知识产权工作总结和2021年工作计划的报告", "牡丹江市市场监督管理局：",
             "现将我局2020年知识产权工作开展情况报告如下。", "2020年，全市专利申请量268件，同比下降14.1%。"]
    _, section = _paragraphs_and_only_section("\n".join(lines))
    assert (section.region.name, section.year) == ("绥芬河市", 2020)
    lines = ["关于2020年知识产权工作总结和2021年工作计划的报告", "牡丹江市市场监督管理局：", "2020年，全市专利申请量268件，同比下降14.1%。"]
    assert _sections_of_lines(lines)[0].region is None
    # a speaker's line before those addressed (江阴市人民政府市长 / 各位代表：) still names the speaker's region
    lines = ["政府工作报告（摘要）", "江阴市人民政府市长各位代表：", "过去的一年，全市地区生产总值增长5.2%。"]
    assert _sections_of_lines(lines)[0].region.name == "江阴市"


def test_a_paper_signed_under_its_title_reviews_the_year_it_was_written_in():
    # the sixty-seventh round (r433): an experience paper with no year in its title, signed 2023年11月, whose paragraphs open
    # most often on the base year 2019 they compare with, reviews 2023
    lines = ["一片叶子富了一方百姓", "——福鼎市地理标志运用促进工作经验", "福鼎市市场监督管理局", "2023年11月",
             "截至今年10月底，全市茶园面积30.1万亩。", "2019年以来，全市新增用标企业196家。", "2019年全市干茶产量2.41万吨。",
             "与2019年相比，全产业链产值年均增长12.7%。",
             "年份\t茶园面积（万亩）", "2022\t29.6", "2023\t30.1"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("福鼎市", 2023)
    # a mid-term review signed the October after the year it reviews keeps the year its paragraphs name
    lines = ["山西省“十四五”知识产权保护和运用规划实施情况中期评估报告", "山西省知识产权局", "2023年10月",
             "2022年，全省专利授权量4.2万件。", "截至2022年底，全省有效发明专利3.1万件。"]
    assert _sections_of_lines(lines)[0].year == 2022


def test_a_plans_part_on_where_things_stand_is_of_the_year_before_the_plan_begins():
    # the eighty-ninth round (r540): 一、基本情况 of a plan for 2024—2026 gives 2023's figures
    lines = ["开远市知识产权高质量发展三年行动计划（2024—2026年）", "一、基本情况", "全市高新技术企业达到61家，较上年增加9家。",
             "二、主要目标", "到2026年，全市专利授权量达到680件。", "全市有效注册商标达到1.5万件。"]
    (section,) = _sections_of_lines(lines)
    assert [section.year_of(k) for k in (2, 5)] == [2023, 2026]
    # a pilot's summary over the same years reviews them in its part so headed
    lines[0] = "开远市知识产权强县建设试点工作总结（2024—2026年）"
    assert _sections_of_lines(lines)[0].year_of(2) == 2026


def test_a_research_report_signed_in_brackets_after_its_authors_late_in_a_year_it_speaks_of_reviews_that_year():
    # the eighty-seventh round (r528): 市政协调研组（2021年11月） under the title, 2020 named most often, 今年 meaning 2021
    lines = ["关于灯塔市知识产权工作情况的调研报告", "市政协调研组（2021年11月）",
             "（一）知识产权创造能力稳步提升。2020年，全市专利申请量812件，同比增长21.6%。2020年，辽宁省专利授权量5.37万件。",
             "今年1—10月，全市专利申请量739件，同比增长12.3%。", "目前全市有效期内高新技术企业38家，比上年末增加9家。",
             "2020年，园区实现产值68.3亿元。今年以来组织开展集中整治行动4次。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("灯塔市", 2021)
    # one speaking of no 今年 reviews the year it names most often
    assert _sections_of_lines([line.replace("今年", "") for line in lines])[0].year == 2020


def test_the_review_opening_a_plan_under_its_title_is_of_the_year_before():
    # the eighty-seventh round (r526): 2023年，… and the paragraphs after it, up to the plan's first heading, review 2023
    lines = ["密山市2024年知识产权工作要点", "2023年，全市专利授权量186件。", "运用方面，全年办理专利权、商标权质押登记9笔。",
             "保护方面，全年立案查处知识产权违法案件21件。", "一、主要目标", "全年专利授权量力争达到200件。"]
    (section,) = _sections_of_lines(lines)
    assert [section.year_of(k) for k in range(1, 6)] == [2023, 2023, 2023, 2024, 2024]
    # a summary's paragraph opening on the year before, under a heading, does not date the paragraphs after it
    lines = ["厦门市2023年知识产权工作总结", "一、知识产权运用", "2022年，全市专利密集型产业增加值约1220亿元。",
             "全年办理专利侵权纠纷行政裁决案件1236件。"]
    assert _sections_of_lines(lines)[0].year_of(3) == 2023


def test_a_news_sites_host_and_an_official_accounts_post_day():
    # the sixty-eighth round (r443): 保山日报社主办 at the top of the prefecture's news site runs the site; the story is the
    # one its source line names
    menus = ["设为首页加入收藏手机版", "保山日报社主办", "搜索", "首页", "保山要闻", "县区动态", "当前位置：首页>县区动态>腾冲>正文"]
    lines = ["擦亮边城“金字招牌”让腾冲好物叫得响走得远", *menus, "来源：腾冲市融媒体中心2023-01-16 10:24",
             "1月13日，记者从腾冲市市场监督管理局获悉，2022年，全市有效注册商标12463件。", "2022年，全市专利授权386件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("腾冲市", 2022, 2023)
    # r437: an official account's post of April 2024 on 2023 (原创 … 2024-04-26 07:58 发表于江苏): its 去年 is 2023
    lines = ["如皋知识产权这一年", "原创如皋市场监管如皋市场监管2024-04-26 07:58发表于江苏",
             "2023年，是如皋知识产权工作“爬坡过坎”的一年。", "2023年，全市发明专利授权量812件。", "去年，全市专利授权量5126件，同比下降8.4%。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("如皋市", 2023, 2024)


def test_the_work_ahead_in_a_review_of_the_first_quarters_is_the_rest_of_its_year():
    # the sixty-seventh round (r429): 七、下一步工作打算 in 太仓市2023年前三季度专利数据统计分析 is the year's fourth quarter
    lines = ["太仓市2023年前三季度专利数据统计分析", "一、总体情况", "1—9月，全市专利授权6124件。", "七、下一步工作打算",
             "力争全年发明专利授权量突破1700件。"]
    (section,) = _sections_of_lines(lines)
    assert section.year_of(4) == 2023
    lines[0] = "太仓市2023年专利数据统计分析"
    assert _sections_of_lines(lines)[0].year_of(4) == 2024


def test_a_post_dated_by_its_accounts_line_and_a_citys_name_among_a_sites_menus():
    # the sixty-ninth round (r455): a WeChat post copied with its account's line and no 原创 (景洪市场监管 2025年04月26日
    # 09:30 云南) was written on that day, so its 去年 is 2024, the year under review
    lines = ["景洪知识产权2024年答卷", "景洪市场监管 2025年04月26日 09:30 云南", "2024年，是景洪知识产权工作“打基础、补短板”的一年。",
             "去年，全市专利授权量512件，同比增长6.9%。", "景洪市市场监督管理局（知识产权局）"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year, section.spoken_month) == ("景洪市", 2024, 2025, 4)
    # r453: 成都 among a city portal's menu items is no section's heading; the story is 都江堰's, named by its headline
    lines = ["都江堰：知识产权赋能“拜水都江堰·问道青城山”", "首页", "成都", "区（市）县", "经济",
             "来源：都江堰市融媒体中心  2022-01-12", "记者从都江堰市市场监督管理局获悉，截至2021年底，全市有效注册商标达到25368件。"]
    (section,) = _sections_of_lines(lines)
    assert section.region.name == "都江堰市"
    # a region's name on a line of its own between paragraphs still heads a section
    sections = _sections_of_lines(["四川省2017年知识产权工作总结", "全省专利授权量8000件。", "贵州省", "全省专利授权量3000件。"])
    assert [s.region.name for s in sections] == ["四川省", "贵州省"]


def test_a_plans_paragraphs_say_ahead_of_the_year_reviewed():
    # the seventieth round (r451): a briefing signed in November 2018 plans 2019 under 六、下一步工作打算, where its writer's
    # 明年 is 2019; a transcript's paragraphs, whose 今年/明年 count from the day they were said, do not
    lines = ["五常市关于“五常大米”地理标志保护工作情况的汇报", "（2018年11月）", "一、基本情况", "2018年，全市水稻总产量约136万吨。",
             "六、下一步工作打算", "明年在现有基础上再与6个重点销区城市建立执法协作机制。"]
    (section,) = _sections_of_lines(lines)
    assert paragraph_context("d", section, 5).get("ahead") is True and "ahead" not in paragraph_context("d", section, 3)


def test_a_headline_opening_with_a_citys_short_name_wins_over_the_sites_banner():
    # the seventy-first round (r483): 罗定： heads a story on 云浮市's portal, whose banner line names 云浮市
    lines = ["罗定：知识产权为“罗定稻米”“罗定肉桂”插上品牌翅膀", "云浮市人民政府云浮日报数字报手机版", "当前位置：首页>县域经济>罗定>正文",
             "2020-01-15 10:21来源：云浮日报", "1月13日，记者从罗定市市场监督管理局获悉，2019年全市专利申请量1126件。"]
    assert _sections_of_lines(lines)[0].region.name == "罗定市"


def test_the_day_a_report_was_signed_under_its_title_is_the_year_its_today_is():
    # the seventy-first round (r481): a report on 2022 signed 2023年2月16日 under its title says 今年1月 of 2023
    lines = ["汾阳市2022年度杏花村汾酒产业知识产权保护工作报告", "汾阳市市场监督管理局（汾阳市知识产权局）", "2023年2月16日",
             "2022年，全市专利授权量586件。", "今年1月，我局又查获假冒成品酒860余瓶。"]
    (section,) = _sections_of_lines(lines)
    assert (section.year, section.spoken_year, section.spoken_month) == (2022, 2023, 2)


def test_a_speechs_day_in_brackets_under_its_title_dates_its_words_and_its_headings():
    # the seventy-ninth round (r492): 在全市2023年知识产权工作会议上的讲话 / （2024年1月12日）, the speech's 去年 is 2023 and its
    # heading 三、扎实抓好今年各项工作 is about 2024
    text = ("在全市2023年知识产权工作会议上的讲话\n（2024年1月12日）\n高州市人民政府副市长  陈志坚\n\n同志们：\n\n"
            "一、肯定成绩，坚定做好知识产权工作的信心\n\n（一）知识产权创造稳中有进。去年，全市专利授权量1386件，同比增长9.6%。\n\n"
            "三、突出重点，扎实抓好今年各项工作\n\n（一）在提升创造质量上下功夫。要推动企业开展专利导航，新增贯标企业10家。\n")
    paragraphs, section = _paragraphs_and_only_section(text)
    assert (section.region.name, section.year, section.spoken_year, section.spoken_month) == ("高州市", 2023, 2024, 1)
    plan = next(p.index for p in paragraphs if p.text.startswith("（一）在提升"))
    assert section.year_of(plan) == 2024


@pytest.mark.parametrize(
    "record",
    [
        # the seventy-ninth round (r493): a portal's record of a reply names the body that published it …
        "发布机构：广汉市市场监督管理局成文日期：2023-02-16",
        # … and the line under the headline its source after the day
        "发布时间：2023-02-20 09:30来源：广汉市市场监督管理局浏览次数：--",
        # the one hundred and fourth round (r598): after the bare day and time, too
        "2023-02-20 09:47 来源：广汉市融媒体中心 作者：钟晓琳",
    ],
)
def test_a_reply_whose_title_names_no_region_is_the_publishing_bodys(record):
    lines = ["关于市政协十届二次会议第106号提案的答复", "首页", "政务公开", "当前位置：首页>政务公开>建议提案办理", record,
             "答复类别：A类×××委员：", "2022年，全市专利授权1862件，同比下降6.4%。", "截至2022年底，全市有效注册商标14826件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("广汉市", 2022)


def test_a_post_dated_in_the_apps_new_style_and_a_story_sourced_to_a_paper_are_written_on_their_day():
    # the seventy-ninth round (r498): 楚雄市场监管 2024-03-12 08:30 发表于云南, under the headline, no 原创 before it
    text = ("楚雄市：知识产权赋能乡村振兴\n\n楚雄市场监管 2024-03-12 08:30 发表于云南\n\n▲大地基彝族乡的绣娘们在赶制彝绣订单\n\n"
            "2023年，楚雄市坚持把知识产权工作融入乡村振兴大局。\n\n2023年，是全面贯彻党的二十大精神的开局之年。\n\n"
            "去年，全市专利授权量826件。\n")
    (section,) = _sections(text)
    assert (section.region.name, section.year, section.spoken_year) == ("楚雄市", 2023, 2024)
    # r501: 来源：岳阳日报 after the day the story was published
    lines = ["汨罗：再生资源产业插上知识产权“翅膀”", "发布时间：2024-01-18 08:45来源：岳阳日报记者李湘君通讯员汤伟",
             "2023年，汨罗市专利申请1672件、授权1187件。", "2023年，园区企业申请专利702件。", "截至去年底，全市有效发明专利489件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("汨罗市", 2023, 2024)


def test_a_later_sentence_of_a_paragraph_opening_on_a_town_is_what_a_later_quan_zhen_points_to():
    # the seventy-ninth round (r499): …便到了杨庄镇。近年来，杨庄镇依托… , then 全镇 two paragraphs on
    lines = ["三河：知识产权助力燕郊高新区创新发展", "燕郊镇是全市的创新高地，全镇专利授权1826件。",
             "从燕郊一路向东，便到了杨庄镇。近年来，杨庄镇依托产业园，引进培育了一批新材料企业。",
             "走进产业园内的一家碳基材料企业，生产线上机械臂往复运转。", "镇党委书记张卫国介绍，全镇现有新材料企业58家。"]
    (section,) = _sections_of_lines(lines)
    assert paragraph_context("d", section, 4)["town_before"] == "杨庄镇"
    # r514: or one opening a clause of it (文昌全市椰子种植面积约25万亩，东郊镇就有4.3万亩)
    lines = ["文昌：知识产权护航航天城和“文昌鸡”", "龙楼镇是航天发射场所在地，全镇民宿发展到126家。",
             "文昌全市椰子种植面积约25万亩，东郊镇就有4.3万亩；东郊椰林是海南最负盛名的椰林景观之一。",
             "这几年，镇里引导企业在椰子精深加工上下功夫，全镇椰子加工企业发展到39家。"]
    (section,) = _sections_of_lines(lines)
    assert paragraph_context("d", section, 3)["town_before"] == "东郊镇"


def test_an_answer_is_said_for_the_town_of_the_official_the_host_calls_on():
    # the seventy-ninth round (r495): 主持人：这个问题请北乡镇副镇长刘志强回答。 / 答：…, whose 全镇 and 镇里 are 北乡镇's
    lines = ["乐昌市2024年知识产权工作新闻发布会实录", "发布时间：2025年1月16日", "主持人：欢迎参加乐昌市人民政府新闻办公室举行的新闻发布会。",
             "南方日报记者：请问北乡镇在地理标志保护和运用方面做了哪些工作？", "主持人：这个问题请北乡镇副镇长刘志强回答。",
             "答：谢谢主持人。去年，全镇马蹄种植面积稳定在2.1万亩。", "镇里配合市市场监管局，对用标主体实行“一户一档”管理。",
             "主持人：请邓建华局长回答。", "答：谢谢提问。去年全市查处的知识产权违法案件23件。"]
    (section,) = _sections_of_lines(lines)
    assert [section.region_of(k).name for k in (5, 6, 8)] == ["北乡镇", "北乡镇", "乐昌市"]
    # and so does a town official labelled by name and role
    lines = ["乐昌市2024年知识产权工作新闻发布会实录", "发布时间：2025年1月16日", "主持人：欢迎参加乐昌市人民政府新闻办公室举行的新闻发布会。",
             "北乡镇副镇长刘志强：去年，全镇马蹄种植面积稳定在2.1万亩。", "镇里配合市市场监管局，对用标主体实行“一户一档”管理。",
             "邓建华：去年全市查处的知识产权违法案件23件。"]
    (section,) = _sections_of_lines(lines)
    assert [section.region_of(k).name for k in (3, 4, 5)] == ["北乡镇", "北乡镇", "乐昌市"]


def test_a_speech_naming_no_place_in_its_title_is_in_the_place_of_its_companies():
    # the seventy-ninth round (r519): 在全市知识产权工作推进会议上的讲话（2022年1月19日）市长 王振东, whose place shows only in the
    # names of the companies it praises; its 一、正确看待去年的成绩 is 2021's
    lines = ["在全市知识产权工作推进会议上的讲话（2022年1月19日）市长王振东", "同志们：", "一、正确看待去年的成绩，坚定做好知识产权工作的信心",
             "去年，全市专利授权量301件，北安市丰源粮油有限公司申请专利16件。",
             "全市大豆种植面积163万亩，北安市华丰农机有限公司获得发明专利2件，授权量居黑河市第二位。",
             "三、突出工作重点，扎实做好今年知识产权各项工作", "（一）全年专利授权量力争达到330件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("北安市", 2022)
    assert (section.year_of(4), section.year_of(6)) == (2021, 2022)


def test_an_interview_is_on_the_place_of_the_official_it_visits_on_the_day_its_paper_ran_it():
    # the seventy-ninth round (r522): a paper's masthead and reporter name 丹东; the official visited is 凤城市's
    lines = ["丹东日报2023年1月13日第02版：要闻", "让“凤城老窖”和“凤城板栗”叫得更响", "——访凤城市市场监督管理局局长×××", "丹东日报记者×××",
             "2022年，凤城市知识产权工作亮点纷呈。", "×××：去年全市专利授权九百来件，今年力争突破1000件。", "2022年，全市有效注册商标7.6万件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("凤城市", 2022, 2023)


def test_a_headline_opening_on_a_short_name_is_that_places_whatever_region_it_quotes():
    # the seventy-ninth round (r521): 开原：知识产权为“中国起重机械城”赋能 is 开原市's, not 中国's
    lines = ["开原：知识产权为“中国起重机械城”赋能", "发布时间：2024-01-16 09:10来源：铁岭日报记者赵春雨",
             "2023年，开原市专利授权612件。", "2023年，开原经济开发区企业专利授权238件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("开原市", 2023, 2024)


def test_a_chronicles_year_headings_date_the_entries_under_them():
    # the ninety-fifth round (r559): a chronicle of 2016—2023 whose entries stand under year headings (## 2016年), each
    # dated by its heading, not by the title's last year
    lines = ["铁力市知识产权工作大事记（2016—2023年）", "八年间，全市累计获得专利授权1101件。", "2016年",
             "3月15日，市科学技术局召开全市知识产权工作会议。", "是年，全市专利申请126件，专利授权71件。", "2017年",
             "是年，全市专利申请141件，专利授权80件。"]
    (section,) = _sections_of_lines(lines)
    assert [section.year_of(k) for k in (1, 3, 4, 6)] == [2023, 2016, 2016, 2017]
    # one bare year alone (a cover's) dates nothing
    (section,) = _sections_of_lines(["铁力市2023年知识产权工作总结", "2024年", "全年专利授权213件。"])
    assert section.year_of(2) == 2023


def test_a_forms_applicant_in_brackets_under_its_title_places_it():
    # the ninety-fifth round (r567): 国家知识产权强县建设示范县 / 申报书 / （吴川市）, a form naming its applicant only so
    lines = ["国家知识产权强县建设示范县", "申报书", "（吴川市）", "推荐单位：湛江市市场监督管理局（知识产权局）", "一、基本情况",
             "2024年，全市专利授权1436件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.region.code) == ("吴川市", "440883")


def test_an_explainers_part_on_what_a_measure_provides_is_of_the_year_it_is_issued():
    # the ninety-fifth round (r565): an explainer of a measure issued under 信府办规〔2025〕2号 reviews 2024 as its background;
    # its 五、主要内容 (the standards the measure sets) is 2025's, and the part after it the section's again
    lines = ["《信宜市知识产权资助和奖励办法》政策解读",
             "近日，信宜市人民政府办公室印发了《信宜市知识产权资助和奖励办法》（信府办规〔2025〕2号）。", "一、制定背景",
             "2024年，全市专利授权量1121件。", "五、主要内容", "每件发明专利授权资助5000元。", "六、其他需要说明的问题",
             "2024年，全市兑现资助资金213万元。"]
    (section,) = _sections_of_lines(lines)
    assert [section.year_of(k) for k in (3, 5, 7)] == [2024, 2025, 2024]


def test_a_report_signed_at_its_foot_in_a_later_year_speaks_of_that_year():
    # the ninety-fifth round (r570): a report on 2022 signed 2023年3月28日 at its foot; its 今年以来 is 2023
    lines = ["中共什邡市市场监督管理局党组关于巡察整改进展情况的通报", "2022年，全市发明专利授权103件。",
             "今年以来受理资助申请23笔，平均审核时间为14个工作日。", "中共什邡市市场监督管理局党组", "2023年3月28日"]
    (section,) = _sections_of_lines(lines)
    assert (section.year, section.spoken_year, section.spoken_month) == (2022, 2023, 3)
    # a title naming its year speaks of that year (r362: 上年全年 in 四会市2024年知识产权工作总结 signed in 2025 is 2023)
    lines = ["四会市2024年知识产权工作总结", "2024年，全市专利授权2210件。", "上年全年，全市知识产权质押融资登记金额为3.36亿元。",
             "四会市市场监督管理局", "2025年1月15日"]
    (section,) = _sections_of_lines(lines)
    assert (section.year, section.spoken_year) == (2024, None)


def test_a_companys_own_report_is_of_its_county_and_places_the_company_in_its_town():
    # the ninety-fifth round (r576): 贵州福泉…有限公司…报告 is no report of 贵州省, but of 福泉市, the county its name gives after
    # the province; its first part places the company in 马场坪街道, whose the company's own figures are
    lines = ["贵州福泉磷源化工有限公司2023年度知识产权工作报告", "贵州福泉磷源化工有限公司", "2024年4月", "一、公司基本情况",
             "贵州福泉磷源化工有限公司成立于2007年，位于福泉市马场坪街道工业园区，是一家磷化工企业。",
             "2023年，公司实现营业收入37.42亿元。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.report_town.name) == ("福泉市", "马场坪街道")
    assert paragraph_context("d", section, 5)["home_town"] == {"name": "马场坪街道", "code": None, "text": "马场坪街道"}
    # a city's report placing a company in a town has no such town
    (section,) = _sections_of_lines(["福泉市2023年知识产权工作总结", "磷源公司位于马场坪街道，全年专利授权38件。"])
    assert section.report_town is None
    # the hundred-and-eleventh round (r639): a market's own report, placed in its subdistrict near the top; not a market
    # regulator's report
    lines = ["松阳县浙南茶叶市场知识产权保护规范化市场建设工作报告", "（2023年度）", "一、基本情况", "浙南茶叶市场位于西屏街道城东，1997年开业。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.report_town.name) == ("松阳县", "西屏街道")
    lines = ["松阳县市场监督管理局2023年知识产权工作总结", "一、基本情况", "浙南茶叶市场位于西屏街道城东，1997年开业。"]
    (section,) = _sections_of_lines(lines)
    assert section.report_town is None


def test_a_town_governments_own_report_is_of_its_county_and_its_town():
    # the hundred-and-eleventh round (r627): 桃花江镇人民政府…工作总结 names only its town in the title; the county it names most
    # in the body (桃江县) is its region, not the 会同县 of 会同县擂茶协会 (会同, together with), and its unplaced figures the town's
    lines = ["桃花江镇人民政府2023年知识产权工作总结", "桃花江镇人民政府", "2023年，全镇专利申请412件，占全县的28.7%。",
             "我们会同县擂茶协会收集证据。", "全镇有6家企业使用“桃江竹笋”地理标志，桃江县共有19家。", "桃江县市场监督管理局给予指导。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.report_town.name) == ("桃江县", "桃花江镇")
    assert paragraph_context("d", section, 2)["home_town"]["name"] == "桃花江镇"
    # a county's report naming a town in its title's body has none
    (section,) = _sections_of_lines(["桃江县2023年知识产权工作总结", "桃花江镇全年专利申请412件。"])
    assert section.report_town is None


def test_a_report_on_aid_to_a_place_is_of_the_place_aided():
    # the hundred-and-eleventh round (r622): 北京市对口支援玉树市…报告 is 玉树市's report, written by 北京市's aid team
    (section,) = _sections_of_lines(["北京市对口支援玉树市知识产权工作情况报告", "2023年，全市专利授权量61件。"])
    assert section.region.name == "玉树市"
    (section,) = _sections_of_lines(["北京市与玉树市知识产权合作情况报告", "2023年，全市专利授权量61件。"])
    assert section.region.name == "北京市"


def test_each_story_on_a_page_of_news_is_dated_by_its_own_day():
    # the ninety-fifth round (r580): a portal's 工作动态 page of items from 2021 to 2023, each a headline over its day (joined
    # to it by the normaliser, or on a line of its own); the page names its city only in 本栏目信息由…提供
    lines = ["知识产权·工作动态", "本栏目信息由榆树市市场监督管理局（榆树市知识产权局）提供。共47条。",
             "1—8月我市专利授权量同比下降4.6%2023-09-20", "今年1—8月，全市专利授权268件。",
             "2021年我市知识产权主要指标实现“双增长”", "2022-03-10", "2021年，全市专利授权379件。去年全市新增注册商标1120件。",
             "我市首批专利资助资金兑现到位2021-06-08", "今年以来，全市兑现专利资助资金36万元。"]
    sections = _sections_of_lines(lines)
    assert [(s.start_paragraph, s.region.name, s.year, s.spoken_year) for s in sections] == [
        (0, "榆树市", None, None), (2, "榆树市", 2023, None), (4, "榆树市", 2021, 2022), (7, "榆树市", 2021, None)]
    # one headline over a day is a story's page, not a page of news
    (section,) = _sections_of_lines(["榆树市2023年知识产权工作总结", "2024-01-15", "2023年，全市专利授权412件。"])
    assert section.start_paragraph == 0


def test_each_message_on_a_message_board_is_dated_by_the_day_it_was_asked():
    # the ninety-fifth round (r587): a 政民互动 page of messages, each 标题：… over 留言人 and 留言时间, then the reply; the
    # page names its city only in the messages (咱们宁安) and replies
    lines = ["知识产权专题留言选登", "温馨提示：本栏目选登的留言已征得留言人同意公开。"]
    for title, day in (("自己改装的插秧机能申请专利吗？", "2023-04-11 09:26:37"), ("想了解一下去年商标注册的情况", "2023-03-06 20:41:15"),
                       ("我们厂的专利产品被人仿冒了，应该去哪里投诉？", "2022-11-22 08:57:19")):
        lines += [f"标题：{title}", "留言人：网友", f"留言时间：{day}", "留言内容：去年咱们宁安专利授权多少件？",
                  "回复单位：宁安市市场监督管理局", "回复内容：2022年，全市专利授权213件。"]
    sections = _sections_of_lines(lines)
    assert [(s.start_paragraph, s.region.name, s.spoken_year) for s in sections[1:]] == [
        (2, "宁安市", 2023), (8, "宁安市", 2023), (14, "宁安市", None)]


def test_a_top_level_heading_run_into_its_paragraph_dates_it():
    # the ninety-fifth round (r556): a reply of June 2024 whose 四、下一步工作打算。 runs into the paragraph it heads (a bold
    # lead in Word); its targets are 2024's, not the year the letter reviews
    lines = ["调兵山市市场监督管理局关于市十七届人大三次会议第58号建议的答复", "一、基本情况。2023年，全市专利授权386件。",
             "二、2023年以来开展的主要工作。全年查处各类知识产权案件17件。", "四、下一步工作打算。今年以来，我市知识产权工作保持良好势头。",
             "力争全年全市专利授权量达到450件以上。", "调兵山市市场监督管理局", "2024年6月14日"]
    (section,) = _sections_of_lines(lines)
    assert [section.year_of(k) for k in (1, 2, 3, 4)] == [2023, 2023, 2024, 2024]


def test_a_forms_title_field_dates_the_report_it_holds():
    # the one hundred and fourth round (r603): 孟州市…政务信息报送单 names no year; its 信息标题 field does (2021), not the
    # day the form was sent (2022)
    lines = ["孟州市市场监督管理局政务信息报送单", "2022年第2期", "报送时间\t2022年1月14日", "信息标题\t孟州市2021年知识产权工作综述",
             "正文", "全市专利授权1125件，同比增长21.6%。", "2022年，全市将力争专利授权1200件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("孟州市", 2021)


def test_a_drafting_explanation_of_a_plan_reviews_the_year_before_the_plans_first():
    # the one hundred and third round (r592): 关于《…实施方案（2024—2026年）（征求意见稿）》的起草说明 under a bare breadcrumb; its
    # background (一、起草背景) is where 2023 left things, its targets (《实施方案》提出，到2026年，…) of 2026 up to the next heading
    lines = ["首页 > 政务公开 > 意见征集", "关于《凌源市知识产权强市建设实施方案（2024—2026年）（征求意见稿）》的起草说明",
             "发布日期：2024-03-12", "一、起草背景", "全市专利授权量418件，同比增长3.5%。", "二、主要内容", "（二）主要目标",
             "《实施方案》提出，到2026年，知识产权强市建设取得明显成效。具体目标如下：", "1. 知识产权创造质量明显提升。专利授权量年均增长5%以上，达到480件以上。",
             "2. 商标品牌建设持续加强。有效注册商标达到1.2万件；新增地理标志证明商标2件。", "（三）重点任务", "2024年1月，征求意见46条。"]
    (section,) = _sections_of_lines(lines)
    assert (section.title, section.region.name, section.year) == (lines[1], "凌源市", 2023)
    assert [section.year_of(k) for k in (4, 8, 9, 11)] == [2023, 2026, 2026, 2023]


def test_a_cases_heading_opening_on_a_town_places_the_cases_figures_there():
    # the one hundred and third round (r595): 案例一　源潭镇某刷业公司…案 over its 【基本案情】 and 【处理结果】, whose figures
    # name no place; up to the next case, which names none
    lines = ["潜山市2021年知识产权保护典型案例", "2021年，全市共查处知识产权案件58件。", "案例一　源潭镇某刷业公司侵犯注册商标专用权案",
             "【基本案情】经查，当事人已交付侵权油漆刷4.2万把。", "【处理结果】市市场监督管理局处罚款34.8万元。",
             "案例二　刘某某假冒注册商标罪案", "【基本案情】现场查获成品清洁刷3.5万余件。"]
    (section,) = _sections_of_lines(lines)
    assert {k: town.name for k, town in section.case_towns.items()} == {2: "源潭镇", 3: "源潭镇", 4: "源潭镇"}
    assert paragraph_context("d", section, 4)["home_town"]["name"] == "源潭镇"
    assert "home_town" not in paragraph_context("d", section, 6)


def test_a_policy_written_early_in_a_year_whose_targets_are_named_most_reviews_the_year_before():
    # the one hundred and fifth round (r604): …关于加快推进知识产权强市建设的实施意见 under a portal's record (成文日期 2022年03月18日),
    # naming 2025 most, reviews 2021 in its preamble; its targets (到2025年，…) stay 2025's
    lines = ["义马市人民政府关于加快推进知识产权强市建设的实施意见", "发文字号\t义政〔2022〕6号",
             "成文日期\t2022年03月18日\t发布日期\t2022年03月24日", "全市有效注册商标2136件，同比增长12.6%。", "二、主要目标",
             "到2025年，全市专利授权量达到500件。", "到2025年，全市有效注册商标达到3000件。", "到2025年，全市有效发明专利达到200件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("义马市", 2021)
    assert [section.year_of(k) for k in (3, 5)] == [2021, 2025]


def test_a_report_signed_under_its_title_by_its_body_and_month_reviews_that_year():
    # the one hundred and fifth round (r605): 京山市政协关于…视察报告 / 京山市政协　2023年11月, whose paragraphs name 2022 (去年,
    # 上年) most, reviews 2023 (今年1—9月)
    lines = ["京山市政协关于全市知识产权保护工作情况的视察报告", "京山市政协　2023年11月",
             "今年以来，1—9月全市专利授权量893件，同比下降6.2%。", "今年1—9月，全市商标注册申请量612件。", "2022年，全市专利授权量1264件。",
             "2022年，全市有效注册商标8412件。", "2022年，全市发明专利授权80件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("京山市", 2023)


def test_a_bulletins_item_headline_ends_the_dated_part_of_the_item_before():
    # the one hundred and fourth round (r608): 《黔西县市场监管信息专报》第12期, its lead item ending on 六、下一步工作打算 (2021);
    # the next item, under its own headline, is the bulletin's year's
    lines = ["黔西县市场监管信息专报", "第12期", "黔西县市场监督管理局　签发人：×××", "2020年12月8日", "黔西县1—11月知识产权工作稳中有进",
             "1—11月，全县专利授权438件，同比增长21.7%。", "六、下一步工作打算", "一是抓创造提质量。力争全县专利授权量达到500件以上。",
             "我局在锦星、素朴、中坪等乡镇开展农村市场商标侵权专项整治", "行动期间，共出动执法人员186人次，检查农村集贸市场14个。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("黔西县", 2020)
    assert [section.year_of(k) for k in (5, 7, 9)] == [2020, 2021, 2020]


def test_a_letter_signed_by_a_bingtuan_division_city_body_is_the_citys():
    # the one hundred and nineteenth round (r654): a reply to a proposal, its head and foot naming the division before the city
    # (第十师北屯市市场监督管理局), whose 师市 figures are the city's
    lines = ["第十师北屯市市场监督管理局对市政协三届三次会议第47号提案的答复", "来源：师市市场监督管理局　发布时间：2024-06-18",
             "张丽萍委员：", "您提出的《关于加大知识产权扶持力度的提案》收悉，现答复如下。", "2023年，师市专利申请量268件，同比下降9.5%。",
             "第十师北屯市市场监督管理局", "2024年6月14日"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.region.code) == ("北屯市", "659005")


def test_an_inspection_report_delivered_at_a_meeting_under_a_portals_menus_reviews_the_year_it_was_delivered():
    # the one hundred and nineteenth round (r658): a 人大常委会 law-enforcement inspection delivered in October 2021, its lines
    # naming 2019 (2019年以来) most; the title again under the portal's menus, then the day it was delivered
    menus = ["首页", "人大要闻", "常委会工作", "监督工作", "代表工作", "人事任免", "乡镇人大", "公告公报", "理论研究"]
    title = "宜阳县人大常委会执法检查组关于检查《中华人民共和国专利法》贯彻实施情况的报告"
    lines = [title, "设为首页加入收藏宜阳县人民代表大会常务委员会", *menus, "当前位置：首页>监督工作>执法检查>正文", title,
             "——2021年10月28日在宜阳县第十五届人民代表大会常务委员会第四十一次会议上", "一、执法检查的基本情况",
             "2019年以来累计举办专利法宣讲和实务培训班23期。", "2019年、2020年全县专利申请量分别为1024件、1318件。",
             "2019年以来，全县专利授权量持续增长。", "2019年以来县政府常务会议4次专题研究专利工作。", "检查组成员共13人。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("宜阳县", 2021)
    assert section.year_of(len(lines) - 1) == 2021


def test_a_report_delivered_in_summer_on_the_year_before_and_this_years_months_keeps_the_year_before():
    # the sixty-fifth round (r261): a city government's report delivered in August 2024 on 2023, with 今年1—6月 as the
    # meeting's year: the delivery day overrules no vote a year off it
    lines = ["岳阳市人民政府关于全市知识产权保护工作情况的报告", "——2024年8月27日在岳阳市第九届人民代表大会常务委员会第二十一次会议上",
             "一、基本情况", "2023年，全市专利授权量5862件，同比增长7.4%。", "2023年，全市有效注册商标8.6万件。",
             "今年1—6月，全市专利授权量2917件。", "今年以来，全市查处知识产权案件46件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.year, section.spoken_year) == (2023, 2024)


def test_a_project_acceptance_report_reviews_the_last_year_its_cover_says_the_project_ran():
    # the one hundred and nineteenth round (r657): 元谋县2022年度…项目验收自评报告, the year in its title the year the project was
    # chosen, its cover's 项目实施期限 running to November 2023
    lines = ["元谋县2022年度云南省地理标志运用促进工程项目验收自评报告", "项目承担单位：元谋县市场监督管理局",
             "项目实施期限：2022年9月—2023年11月", "报告日期：2023年12月", "一、项目基本情况",
             "项目总预算166.5万元，其中省级补助资金80万元。", "项目累计印制发放地理标志专用标志620万枚。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("元谋县", 2023)


def test_a_case_ends_at_the_next_numbered_item_run_into_its_paragraph():
    # the one hundred and nineteenth round (r655): a case in 娄村镇, then （五）…。 run into the paragraph of the county's own work
    lines = ["涞水县2023年旅游品牌商标保护工作情况", "（四）保持旅游市场商标执法高压态势。 2023年，全县立案查处商标侵权案件31件。",
             "典型案例二：娄村镇一家麻花加工作坊在包装上擅自使用他人注册商标，执法人员现场查扣侵权包装袋3400个。",
             "以上案件均依据《中华人民共和国商标法》作出处罚。",
             "（五）完善维权援助和公共服务。 依托野三坡景区游客服务中心，全年提供商标咨询326人次。"]
    (section,) = _sections_of_lines(lines)
    assert {k: town.name for k, town in section.case_towns.items()} == {2: "娄村镇", 3: "娄村镇"}


def test_a_case_whose_heading_names_no_town_is_of_the_town_its_party_is_placed_in():
    # the one hundred and nineteenth round (r663): 案例一：垣曲县某商贸有限公司…案 / 【基本案情】 / …依法对位于新城镇的…
    lines = ["垣曲县2023年知识产权行政保护典型案例", "2023年，全县共查处知识产权违法案件25件。",
             "案例一：垣曲县某商贸有限公司销售侵犯“汾酒”注册商标专用权商品案", "【基本案情】",
             "2022年12月28日，执法人员依法对位于新城镇的垣曲县某商贸有限公司经营场所进行检查，现场查扣白酒216瓶。",
             "经查，当事人购进上述白酒共计300瓶，已售出84瓶。", "案例二：古城镇某农资经营部销售侵犯“史丹利”注册商标专用权商品案",
             "【基本案情】", "执法人员查扣复合肥120袋。", "下一步，垣曲县市场监督管理局将持续加大知识产权行政保护力度，全年开展宣传活动不少于20场。"]
    (section,) = _sections_of_lines(lines)
    # the closing words after the last case are the county's
    assert {k: town.name for k, town in section.case_towns.items()} == {4: "新城镇", 5: "新城镇", 6: "古城镇", 7: "古城镇", 8: "古城镇"}


def test_an_interview_page_whose_source_line_names_its_reporter_is_a_news_story_of_that_day():
    # the one hundred and nineteenth round (r662): 2024-04-26 10:15　来源：贞丰县融媒体中心　记者 韦丽娟, on 2023's work and 今年一季度
    lines = ["让“贞丰花椒”香飘更远 让创新成果“有价有市”", "——访贞丰县市场监督管理局党组成员、副局长王德勇",
             "2024-04-26 10:15　来源：贞丰县融媒体中心　记者 韦丽娟 通讯员 罗敏", "记者：王局长，您好！请您介绍一下2023年贞丰县知识产权工作的总体情况。",
             "王德勇：去年全县专利申请量386件，同比增长12.5%。", "截至2023年底，全县有效发明专利达到82件。", "今年一季度，全县新增注册商标236件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.spoken_year) == ("贞丰县", 2023, 2024)


def test_a_title_with_its_period_on_the_line_under_it_is_of_the_periods_last_year():
    # the one hundred and nineteenth round (r678): …知识产权司法保护白皮书 / （2021—2023） (run into the court's name by a PDF cover)
    lines = ["会昌县人民法院知识产权司法保护白皮书", "（2021—2023）会昌县人民法院", "2024年四月", "前言",
             "2021年以来，会昌县人民法院共受理知识产权案件204件。", "2021年，受理案件52件。", "2021年，审结案件50件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year, section.first_year) == ("会昌县", 2023, 2021)


def test_a_report_on_a_fair_the_countrys_name_opens_is_of_the_county_its_byline_names():
    # the one hundred and twenty-seventh round (r684): 中国岫岩玉雕精品博览会, an event 中国 opens, held in the county the line
    # under the title names
    lines = ["2023年中国岫岩玉雕精品博览会知识产权保护工作总结", "岫岩满族自治县市场监督管理局（岫岩满族自治县知识产权局）",
             "2023年9月15日至18日，第十五届中国岫岩玉雕精品博览会在岫岩玉都会展中心举办。", "本届玉博会共受理知识产权投诉37件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.region.code) == ("岫岩满族自治县", "210323")


def test_a_report_addressed_to_a_body_is_of_the_region_of_the_body_that_signs_it():
    # the one hundred and twenty-seventh round (r687): an audit report under its number, addressed to 县人民政府, signed
    # 井陉县审计局 at its foot
    lines = ["井审报〔2024〕9号", "关于县知识产权专项资金管理使用情况的审计报告", "县人民政府：",
             "根据审计工作安排，县审计局派出审计组，对县市场监督管理局2021年至2023年知识产权专项资金进行了专项审计。",
             "2023年，全县专利授权量1264件，同比下降5.2%。", "井陉县审计局", "2024年6月12日"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.region.code) == ("井陉县", "130121")


def test_a_posts_headline_naming_its_county_before_its_trademarks_names_its_region():
    # the one hundred and twenty-seventh round (r689): a WeChat post whose headline names no 知识产权, only 洱源县商标品牌…;
    # a headline's region after 居 is a rank's scope, not its subject (r557: …专利授权量居长春市各县（市）首位)
    lines = ["梅子飘香乳扇“出圈”丨洱源县商标品牌和地理标志“成绩单”来了！", "点击蓝字关注我们",
             "九月的洱源，青梅已经入坛，乳扇还在晾架上泛着奶香。", "全县有效注册商标4751件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.region.code) == ("洱源县", "532930")
    lines = ["去年新获植物新品种权27件专利授权量居长春市各县（市）首位", "全市专利授权量412件。"]
    (section,) = _sections_of_lines(lines)
    assert section.region is None or section.region.name != "长春市"


def test_a_post_of_september_on_this_years_months_reviews_this_year():
    # the one hundred and twenty-seventh round (r689): a post of 2023-09-15 whose paragraphs open with 2022年 and 去年 less
    # often than with 今年 (1—8月); its undated stocks (截至8月底) are 2023's
    lines = ["梅子飘香乳扇“出圈”丨洱源县商标品牌和地理标志“成绩单”来了！", "洱源市场监管 2023-09-15 07:58 发表于云南",
             "2022年，全县新增注册商标612件，同比增长8.3%。", "2022年，全县办理商标专用权质押融资2850万元。",
             "今年1—8月，全县新增注册商标295件。", "今年以来，全县查办商标侵权案件14件。", "今年前8个月，全县新增用标企业5家。",
             "截至8月底，全县有效注册商标4751件。"]
    (section,) = _sections_of_lines(lines)
    assert (section.region.name, section.year) == ("洱源县", 2023)
    assert section.year_of(len(lines) - 1) == 2023


def test_a_report_by_an_aid_team_is_of_the_county_it_aids():
    # the one hundred and twenty-seventh round (r695): 河北省第十批援藏工作队札达县工作组, the team's province before the
    # county it works in
    _, section = _paragraphs_and_only_section("河北省第十批援藏工作队札达县工作组\n2024年度知识产权对口援藏工作总结\n\n（2025年1月10日）\n\n"
                                              "　　2024年，全县专利申请14件，同比下降17.6%。\n")
    assert (section.region.name, section.region.code) == ("札达县", "542522")


def test_a_case_placed_in_a_town_on_its_headings_line_or_by_a_shop_there_is_the_towns():
    # the one hundred and twenty-seventh round: a case heading run into its account, the party 位于袁家庄街道的 on the same
    # line (r691); 典型案例： with no number, the shop 在八仙筒镇一农资经营部 (r707)
    lines = ["佛坪县2024年专利侵权纠纷行政裁决工作情况", "（三）典型案件",
             "案例一：西安某文化创意公司与佛坪县某旅游商品店外观设计专利侵权纠纷案。2024年4月，请求人称位于袁家庄街道的被请求人销售的冰箱贴落入其外观设计专利权的保护范围。",
             "执法人员现场查获被控侵权冰箱贴316个。"]
    (section,) = _sections_of_lines(lines)
    assert {k: town.name for k, town in section.case_towns.items()} == {2: "袁家庄街道", 3: "袁家庄街道"}
    lines = ["奈曼旗2023年知识产权工作总结", "（四）强化知识产权保护",
             "典型案例：6月，执法人员在八仙筒镇一农资经营部查获假冒他人注册商标的玉米种子420公斤，依法对当事人罚没款共计4.2万元。"]
    (section,) = _sections_of_lines(lines)
    assert {k: town.name for k, town in section.case_towns.items()} == {2: "八仙筒镇"}


def test_a_sentence_naming_a_notice_and_ending_in_a_semicolon_opens_no_section():
    # the one hundred and twenty-seventh round (r703): 据市版权局通报，2024年运城市…第三位； on a line of its own in 万荣县's
    # report (通报 is a report's kind)
    lines = ["万荣县2024年版权工作总结", "一、版权登记情况", "据市版权局通报，2024年运城市作品登记约1.86万件，居全省11个设区市第三位；",
             "全年专利授权218件，同比下降6.4%。"]
    (section,) = _sections_of_lines(lines)
    assert section.region.name == "万荣县"
