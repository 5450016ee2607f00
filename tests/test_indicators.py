"""Tests of the indicator taxonomy (ipie.facts.indicators).

Indicator wordings are taken from the seed reports (inlined).
"""

import json
import re
from pathlib import Path

import pytest

import ipie.facts.indicators as indicators_mod
from ipie.facts.indicators import indicator_ids, indicator_name, load_taxonomy, match_indicator


@pytest.mark.parametrize(
    "text, expected",
    [
        ("专利申请量", "patent_applications"),
        ("三种专利申请受理量", "patent_applications"),
        ("专利申请", "patent_applications"),
        ("新增专利申请", "patent_applications"),
        ("累计申请专利", "patent_applications"),
        ("专利申请受理总量", "patent_applications"),
        ("发明专利申请", "invention_patent_applications"),
        ("发明专利申请量", "invention_patent_applications"),
        ("发明专利受理量", "invention_patent_applications"),
        ("专利授权量", "patent_grants"),
        ("授权专利", "patent_grants"),
        ("发明专利授权量", "invention_patent_grants"),
        ("授权发明专利", "invention_patent_grants"),
        ("有效发明专利", "valid_invention_patents"),
        ("每万人口发明专利拥有量", "invention_patents_per_10k_people"),
        ("每万人发明专利拥有量", "invention_patents_per_10k_people"),
        ("每万人有效发明专利拥有量", "invention_patents_per_10k_people"),
        # the commonest indicator of the probe reports, which the seeds predate
        ("每万人口高价值发明专利拥有量", "high_value_invention_patents_per_10k_people"),
        ("每万人高价值发明专利拥有量", "high_value_invention_patents_per_10k_people"),
        ("高价值发明专利拥有量", "high_value_invention_patents"),
        ("有效高价值发明专利", "high_value_invention_patents"),
        ("PCT国际专利申请", "pct_applications"),
        ("PCT专利申请", "pct_applications"),
        ("商标申请量", "trademark_applications"),
        ("商标申请总数", "trademark_applications"),
        ("注册商标", "registered_trademarks"),
        ("驰名商标", "well_known_trademarks"),
        ("著名商标", "famous_trademarks"),
        ("农产品地理标志", "geographical_indications"),
        ("地理标志产品", "geographical_indications"),
        ("专利权质押贷款", "pledge_financing_amount"),
        ("知识产权质押融资金额", "pledge_financing_amount"),
        ("专利质押融资", "pledge_financing_amount"),
        ("质押融资额", "pledge_financing_amount"),
        ("质押金额", "pledge_financing_amount"),
        ("质押融资登记金额", "pledge_financing_amount"),  # the amount registered, not the count of registrations
        ("专利权质押登记", "pledge_registrations"),
        ("质押登记", "pledge_registrations"),
        ("专利行政执法案件", "enforcement_cases"),
        ("专利执法办案", "enforcement_cases"),
        ("立案查处各类专利行政案件", "enforcement_cases"),
        ("立案处理专利侵权纠纷案件和查处假冒专利案件", "enforcement_cases"),
        ("专利侵权纠纷案件", "infringement_dispute_cases"),
        ("查处假冒专利案件", "counterfeit_patent_cases"),
        ("立案", "cases_filed"),
        ("结案", "cases_closed"),
        ("结案率", "case_closure_rate"),
        ("出动专利执法人员", "enforcement_officers"),
        ("出动执法人员", "enforcement_officers"),
        ("检查商品", "goods_inspected"),
        ("知识产权优势企业", "ip_advantage_enterprises"),
        ("国家级知识产权优势企业", "ip_advantage_enterprises"),
        ("知识产权优势（示范）企业", "ip_advantage_enterprises"),
        ("国家知识产权示范企业", "ip_demonstration_enterprises"),
        ("贯标合格企业", "standard_certified_enterprises"),
        ("培训人次", "training_attendance"),
        ("培训企事业单位工作人员", "training_attendance"),
        ("培训班", "training_sessions"),
        ("专利代理机构", "patent_agencies"),
        ("中国专利奖", "patent_awards"),
        ("中国专利优秀奖", "patent_awards"),
        ("版权登记量", "copyright_registrations"),
        ("技术合同成交额", "technology_contracts"),
        ("专利资助资金", "patent_subsidies"),
        ("资助专利申请", "patent_subsidies"),
        ("维权援助中心", "rights_protection_assistance"),
        ("电子申请率", "electronic_filing_rate"),
        ("专利交易", "patent_transactions"),
        ("转让许可", "patent_transactions"),
        ("高新技术企业", "high_tech_enterprises"),
        ("专利企业", "patent_enterprises"),
        ("专利密集产品", "patent_intensive_products"),
        ("专利密集企业", "patent_intensive_enterprises"),
        ("专利导航项目", "patent_navigation_projects"),
        ("涉案金额", "case_value"),
        ("植物新品种", "plant_variety_rights"),
    ],
)
def test_match_indicator(text, expected):
    assert match_indicator(text) == expected


@pytest.mark.parametrize(
    "text, context, expected",
    [
        ("授权量", "2016年，全省专利申请、授权量分别为54838件和31826件", "patent_grants"),
        ("授权量", "全省发明专利申请、授权量分别为", "invention_patent_grants"),
        ("贷款总额", "专利权质押登记102笔，贷款总额达到24.9亿元，增幅超50%", "pledge_financing_amount"),
        ("金额", "全区知识产权质押融资金额达6000万元", "pledge_financing_amount"),
        ("交易金额", "新增专利技术交易合同8项，交易金额9694万元", "patent_transactions"),
        # a list the model tagged as one span, split by the 分别 rule (not in the seeds, which list 专利申请、授权量)
        ("注册量", "全年商标注册申请量、注册量分别为15.6万件和9.8万件", "trademark_registrations"),
        ("注册量", "域名注册量达到5万个", None),
        ("授权量", "", None),  # bare 授权量 needs a context about 专利
        ("贷款总额", "", None),
        ("贷款总额", "小微企业贷款总额", None),
    ],
)
def test_match_indicator_with_context(text, context, expected):
    assert match_indicator(text, context) == expected


@pytest.mark.parametrize("text", ["", "专利", "工作", "远程教育平台", "发明专利", "高价值发明专利培育"])
def test_match_indicator_none(text):
    assert match_indicator(text) is None


def test_taxonomy_shape():
    raw = json.loads(Path(indicators_mod.__file__).with_name("indicators.json").read_text(encoding="utf-8"))
    ids = [e["id"] for e in raw]
    assert len(ids) >= 30
    assert len(set(ids)) == len(ids)
    for e in raw:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", e["id"]), e["id"]
        assert e["name_zh"] and e["patterns"] and isinstance(e["exclude"], list)
    assert indicator_ids() == ids
    assert len(load_taxonomy()) == len(ids)
    for required in (
        "patent_applications", "invention_patent_applications", "patent_grants",
        "invention_patent_grants", "valid_invention_patents", "invention_patents_per_10k_people",
        "pct_applications", "trademark_applications", "pledge_financing_amount", "enforcement_cases",
    ):
        assert required in ids
    assert indicator_name("patent_applications") == "专利申请量"
    assert indicator_name("nope") is None
