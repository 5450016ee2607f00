"""Sections, their regions and years, on the seeds and on forms they lack."""
from pathlib import Path

from ipie.normalize import normalize
from ipie.structure import split_sections

ROOT = Path(__file__).resolve().parent.parent


def _sections(text: str):
    return split_sections(normalize(text).paragraphs())


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


def test_seed_sections_keep_their_regions():
    text = (ROOT / "examples" / "004_d9f4be199116ba61.txt").read_text(encoding="utf-8")
    regions = [s.region.name if s.region else None for s in _sections(text)]
    assert regions[0] is None  # the compilation's front matter names no single region
    assert regions[1:] == ["绵阳市", "自贡市", "德阳市", "泸州市", "宜宾市", "华蓥市", "绵竹市", "广汉市"]


def test_a_speech_takes_its_region_from_the_byline_and_its_years_from_the_headings():
    # a vice-mayor's speech (a written training report): the meeting is in 2013, the review is of 2012
    text = (ROOT / "annotations" / "sources" / "t16_taiyuan_2012.txt").read_text(encoding="utf-8")
    paragraphs = normalize(text).paragraphs()
    (section,) = split_sections(paragraphs)
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
    paragraphs = normalize(text).paragraphs()
    (section,) = split_sections(paragraphs)
    assert section.year == 2013
    plan = next(p.index for p in paragraphs if p.text == "四、下一步工作打算")
    review = next(p.index for p in paragraphs if p.text.startswith("三、"))
    assert section.year_of(review + 1) == 2013
    assert section.year_of(plan + 1) == section.year_of(plan + 3) == 2014
