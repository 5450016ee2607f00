"""Normaliser repairs on real seed text (SCHEMA.md §4), with offsets back to the original."""
from pathlib import Path

import pytest

from ipie.normalize import bold_factor, normalize

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

# seed 001, line 2: a table header drawn four times (fake bold), with genuine single-drawn spaces
BOLD_HEADER = "工作重点工作重点工作重点工作重点    工作任务工作任务工作任务工作任务    2016201620162016----2017201720172017 年年年年工作工作工作工作绩效绩效绩效绩效    2018201820182018 年年年年工作计划工作计划工作计划工作计划    "
# seed 001, line 455: the bold run split as 2222 + 016×4
BOLD_SPLIT_YEAR = "工作重点工作重点工作重点工作重点    工作任务工作任务工作任务工作任务    2222016016016016----2017201720172017 年年年年工作成绩工作成绩工作成绩工作成绩    "


def test_bold_table_header_collapses():
    assert normalize(BOLD_HEADER).text == "工作重点工作任务2016-2017年工作绩效2018年工作计划"
    assert normalize(BOLD_SPLIT_YEAR).text == "工作重点工作任务2016-2017年工作成绩"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("推进知识推进知识推进知识推进知识", "推进知识"),
        ("制制制制，，，，探索采取委托授权等方式探索采取委托授权等方式探索采取委托授权等方式探索采取委托授权等方式，，，，将查将查将查将查", "制，探索采取委托授权等方式，将查"),
        ("接接接接,,,,推动知识产权民事推动知识产权民事推动知识产权民事推动知识产权民事、、、、刑事刑事刑事刑事", "接，推动知识产权民事、刑事"),
        ("建立知识产权侵权查处快速反应机建立知识产权侵权查处快速反应机建立知识产权侵权查处快速反应机建立知识产权侵权查处快速反应机", "建立知识产权侵权查处快速反应机"),
    ],
)
def test_bold_lines_from_seed_001(raw, expected):
    assert normalize(raw).text == expected


@pytest.mark.parametrize(
    "line",
    [
        "全市25家知识产权运营机构受托运营专利1111件，促进科技企业完成专利交易618项。",
        "谢谢各位领导对知识产权工作的支持。",
        "市委常委会、市政府常务会多次研究研究培育工作，确保工作有序推进。",
        "2016年，全省专利申请、授权量分别为54838件和31826件，分别较上年增长24.5%和5.6%",
    ],
)
def test_genuine_repetition_is_kept(line):
    assert bold_factor(line) == 1
    assert normalize(line).text == line


def test_line_broken_inside_a_word_is_joined():
    # seed 000: a page break inside 河北省
    raw = "印发《河北省知识产权强省建设实施方案》。出台《河\n\n北省人民政府关于加快知识产权强省建设的实施意见》。"
    assert normalize(raw).text == "印发《河北省知识产权强省建设实施方案》。出台《河北省人民政府关于加快知识产权强省建设的实施意见》。"


def test_narrow_newspaper_columns_become_sentences():
    sentence = "2016年，全省专利申请量18922件，专利授权量9995件，有效发明专利9255件。组织起草《吉林省专利条例》。"
    columns = "\n".join(sentence[i : i + 15] for i in range(0, len(sentence), 15))
    assert normalize("吉林省\n" + columns).text == "吉林省\n" + sentence


def test_headings_and_numbered_items_keep_their_breaks():
    raw = "北京市\n\n北京市人民政府制定并发布《关于加快知识产权首善之区建设的实施意见》。\n\n一、主要工作\n\n（一）抓组织领导，全面推进培育工作。"
    assert normalize(raw).text.split("\n") == [
        "北京市",
        "北京市人民政府制定并发布《关于加快知识产权首善之区建设的实施意见》。",
        "一、主要工作",
        "（一）抓组织领导，全面推进培育工作。",
    ]


def test_a_numbered_heading_half_as_long_as_the_wrapped_line_after_it_keeps_its_break():
    # the thirty-third round (r159): a PDF's heading ran into the paragraph under it, whose opening region was lost
    raw = ("六、区域知识产权发展协调推进\n兰州市作为全省知识产权核心区，“十三五”期间累计授权专利\n"
           "3.16万件，占全省的48.3%。")
    assert normalize(raw).text.split("\n") == [
        "六、区域知识产权发展协调推进", "兰州市作为全省知识产权核心区，“十三五”期间累计授权专利3.16万件，占全省的48.3%。"]


def test_an_indented_line_opens_a_paragraph_and_a_title_broken_across_lines_is_joined():
    # the forty-fifth round (r257): an OA copy in GB18030 with CRLF lines, paragraphs indented with 　　, a heading as
    # long as the line after it (shortened by the title broken across the line end)
    raw = ("\u3000\u3000（四）知识产权管理和服务体系日趋完善\r\n\u3000\u3000政策体系方面。市政府印发《大同市知识产权强市建设\r\n"
           "实施方案（2021—2025年）》（同政发〔2021〕47号）。\r\n")
    assert normalize(raw).text.split("\n") == [
        "（四）知识产权管理和服务体系日趋完善",
        "政策体系方面。市政府印发《大同市知识产权强市建设实施方案（2021—2025年）》（同政发〔2021〕47号）。"]


def test_a_list_item_is_a_paragraph_of_its_own_without_its_bullet():
    # the thirtieth round (r140): a wiki's bullets, one figure each with no full stop, were run together
    raw = "主要市州情况如下：\n• 海西州\n• 专利申请受理1,154件\n• 商标注册1,265件\n● 柴达木循环经济试验区发明专利授权56件"
    out = normalize(raw)
    assert out.text.split("\n") == ["主要市州情况如下：", "海西州", "专利申请受理1154件", "商标注册1265件", "柴达木循环经济试验区发明专利授权56件"]
    start = out.text.index("商标注册")
    assert raw[slice(*out.to_original(start, start + 4))] == "商标注册"
    # lines without bullets, as before, are one paragraph broken by the lines
    assert normalize("专利申请受理1,154件\n商标注册1,265件").text == "专利申请受理1154件商标注册1265件"


def test_a_report_title_line_ends_before_the_first_paragraph():
    # seed 004's title, wrapped over two lines, is joined; the title then ends, blank line or not
    raw = "2015年绵阳市建设国家知识产权试点城市\n工作总结\n2015年绵阳市认真贯彻党的十八大、十八届五中全会精神,深入实施创新驱动发展战略。"
    assert normalize(raw).text.split("\n") == [
        "2015年绵阳市建设国家知识产权试点城市工作总结",
        "2015年绵阳市认真贯彻党的十八大、十八届五中全会精神，深入实施创新驱动发展战略。",
    ]


@pytest.mark.parametrize(
    "raw, expected",
    [
        # probe r29: a title ending in 工作思路 runs straight into its byline
        ("宁波市2024年知识产权工作总结及2025年工作思路\n宁波市市场监督管理局（宁波市知识产权局）\n",
         ["宁波市2024年知识产权工作总结及2025年工作思路", "宁波市市场监督管理局（宁波市知识产权局）"]),
        # probe r48, a web page: a title longer than a heading, then the page's metadata line, then the title again;
        # it was read as a paragraph broken by a caption, and the two titles joined
        ("湘西土家族苗族自治州市场监督管理局（知识产权局）“十三五”知识产权工作总结和“十四五”工作思路\n"
         "发布时间：2021-01-22 10:15　　来源：州市场监督管理局\n\n“十三五”知识产权工作总结和“十四五”工作思路\n\n"
         "“十三五”时期，是湘西州知识产权事业加快发展的五年。\n",
         ["湘西土家族苗族自治州市场监督管理局（知识产权局）“十三五”知识产权工作总结和“十四五”工作思路"]),
        # the seventeenth round (r68): a title longer than a heading ending in 工作打算, then the first paragraph
        ("合肥市市场监督管理局（知识产权局）2020年上半年知识产权工作总结及下半年工作打算\n\n"
         "2020年上半年，面对突如其来的新冠肺炎疫情和复杂严峻的经济形势，全市知识产权主要指标逐月回升。\n",
         ["合肥市市场监督管理局（知识产权局）2020年上半年知识产权工作总结及下半年工作打算"]),
        # the twenty-fourth round (r95): a title longer than a heading ending in 工作情况, a blank line, the byline
        ("昆明市知识产权事业发展五年回顾（2019—2023年）及2024年前三季度工作情况\n\n昆明市市场监督管理局（昆明市知识产权局）\n\n"
         "2019年以来，在市委、市政府的坚强领导下，我市统筹推进知识产权创造、运用、保护、管理和服务。\n",
         ["昆明市知识产权事业发展五年回顾（2019—2023年）及2024年前三季度工作情况", "昆明市市场监督管理局（昆明市知识产权局）"]),
        # the fifty-fourth round (r329): a press conference's title, its page's metadata line right under it
        ("灵宝市2025年上半年知识产权工作新闻发布会\n发布时间：2025-07-15　来源：灵宝市人民政府新闻办公室\n时间：2025年7月15日上午9:30\n",
         ["灵宝市2025年上半年知识产权工作新闻发布会"]),
    ],
)
def test_a_report_title_ending_in_any_kind_of_report_ends_its_line(raw, expected):
    assert normalize(raw).text.split("\n")[: len(expected)] == expected


def test_caption_in_the_middle_of_a_paragraph_is_lifted_out():
    # seed 000: a photo caption interrupts "资助\n…\n金额1600万元"
    raw = (
        "2016年，全省专利申请量18922件，专利授权量9995件，有效发明专利9255件。全省资助发明专利1107件，资助"
        "\n\n\n\n吉林：2016中国-东北亚博览会国际商品展知识产权举报投诉中心。\n\n"
        "金额1600万元。开展各类知识产权培训12次，参加人数超过2000人。"
    )
    out = normalize(raw)
    assert out.text.split("\n") == [
        "2016年，全省专利申请量18922件，专利授权量9995件，有效发明专利9255件。全省资助发明专利1107件，资助金额1600万元。开展各类知识产权培训12次，参加人数超过2000人。",
        "吉林：2016中国-东北亚博览会国际商品展知识产权举报投诉中心。",
    ]
    assert out.stats.moved_captions == 1


def test_traditional_and_full_width_are_unified():
    out = normalize("國家知識產權局發佈：全省專利申請量達到１２３４５件，增長２４．５％。")
    assert out.text == "国家知识产权局发布：全省专利申请量达到12345件，增长24.5%。"


def test_a_place_named_with_a_character_that_is_also_traditional_is_kept():
    # the fiftieth round (r297): t2s reads 乾 as 干 (乾燥), but 乾安县 and its 乾安黄小米 are written with 乾
    n = normalize("乾安县“乾安黄小米”种植面积8.2万亩，乾燥天氣。")
    assert n.text == "乾安县“乾安黄小米”种植面积8.2万亩，干燥天气。"


def test_a_quote_and_who_said_it_end_their_paragraph():
    # the seventy-ninth round (r518): quotes of two towns' officials, each closed by its speaker after a dash
    raw = ("“今年，东方红镇力争椴树蜜产量突破700吨，再培育2家用标企业。”——东方红镇分管负责人\n"
           "“虎头镇今年要让‘虎头香米’授权使用的合作社达到15家。”——虎头镇党委负责人\n")
    assert normalize(raw).text.split("\n") == ["今年，东方红镇力争椴树蜜产量突破700吨，再培育2家用标企业。——东方红镇分管负责人",
                                              "虎头镇今年要让‘虎头香米’授权使用的合作社达到15家。——虎头镇党委负责人"]


def test_a_spaced_tables_header_of_as_many_names_as_its_rows_cells_is_read_by_single_spaces():
    # the seventy-ninth round (r513): two names one space apart (同比增长（%） 贵港市排位) over rows of six cells
    raw = ("指标名称                  单位    2022年    2023年  同比增长（%） 贵港市排位\n"
           "专利申请量                  件      1176      1286            9.4          2\n"
           "专利授权量                  件       972       912           -6.2          2\n")
    assert normalize(raw).text.split("\n") == ["指标名称\t单位\t2022年\t2023年\t同比增长（%）\t贵港市排位",
                                              "专利申请量\t件\t1176\t1286\t9.4\t2", "专利授权量\t件\t972\t912\t-6.2\t2"]


def test_a_tables_header_over_a_first_row_short_by_a_label_merged_across_columns_stays_a_header():
    # the eighty-eighth round (r536): 预算执行率 spans 二级指标 and 三级指标, so the first row has one cell fewer than the
    # header, which was joined to the caption above it as prose
    raw = ("大石桥市2022年度知识产权专项资金绩效自评表\n二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n"
           "预算执行率\t100%\t95.05%\t10\t9.5\n数量指标\t资助国内发明专利授权\t≥80件\t86件\t15\t15\n")
    assert normalize(raw).text.split("\n")[:3] == [
        "大石桥市2022年度知识产权专项资金绩效自评表", "二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分", "预算执行率\t100%\t95.05%\t10\t9.5"]


def test_a_run_of_cards_each_a_figure_over_its_caption_becomes_rows_of_two_cells():
    # the ninety-third round (r548): a graphic explainer's blocks, the figure in large type and its caption under it
    raw = "01 专利\n• 786件\n全年专利授权量，同比下降3.9%\n• 68件\n发明专利授权量，同比增长23.6%\n• 46.3%\n农产品类商标占有效注册商标的比重\n"
    assert normalize(raw).text.split("\n") == ["01专利", "786件\t全年专利授权量，同比下降3.9%", "68件\t发明专利授权量，同比增长23.6%",
                                              "46.3%\t农产品类商标占有效注册商标的比重"]
    # a lone figure line and the line after it stay as they are (nor is a year a figure)
    assert normalize("2022年\n全市专利授权786件。\n").text == "2022年\n全市专利授权786件。"


def test_a_text_in_simplified_characters_keeps_a_towns_character_the_converter_would_change():
    # the seventy-ninth round (r494): t2s reads 濛 as 蒙, but 濛阳街道 is written with 濛 in a text in simplified characters
    text = "截至2021年底，全市各类地理标志专用标志使用主体共61家，其中濛阳街道、丽春镇、敖平镇分别为9家、16家和7家，濛阳街道蔬菜交易量居全市首位。"
    assert normalize(text).text == text
    # a table's row of the same text, where the town's character is a larger share of the line's
    table = text + "\n乡镇\t蔬菜种植面积（万亩）\t用标主体（家）\n濛阳街道\t5.8\t9\n丽春镇\t4.6\t16\n"
    assert normalize(table).text.split("\n")[-2] == "濛阳街道\t5.8\t9"


def test_ascii_punctuation_in_chinese_text_becomes_full_width():
    raw = "(一)抓组织领导,全面推进培育工作。管函(2015)14号认定绵阳市具备资格;共1,234件"
    assert normalize(raw).text == "（一）抓组织领导，全面推进培育工作。管函（2015）14号认定绵阳市具备资格；共1234件"


def test_a_bold_phrase_inside_a_sentence_is_collapsed_across_a_line_break():
    # not in the seeds (the thirteenth probe, r50): a PDF whose bold phrases inside ordinary lines
    # come out glyph by glyph twice, one of them cut by a line break
    raw = ("2014年，全全市市专专利利申申请请量量38,612件，同比增长6.8%；专利授权量31,527件，居全省第三位。2012、2013、2014年，全市专专\n"
           "利利权权质质押押融融资资金额分别为4.36亿元、7.82亿元和12.5亿元；扎扎实实推进专利托管试点工作。")
    out = normalize(raw)
    assert out.text == ("2014年，全市专利申请量38612件，同比增长6.8%；专利授权量31527件，居全省第三位。2012、2013、2014年，"
                        "全市专利权质押融资金额分别为4.36亿元、7.82亿元和12.5亿元；扎扎实实推进专利托管试点工作。")
    assert (out.stats.repeated_runs, out.stats.digit_groups) == (2, 2)
    start = out.text.index("专利申请量38612件")
    assert raw[slice(*out.to_original(start, start + 11))] == "专专利利申申请请量量38,612件"


def test_a_full_width_comma_between_digit_groups_is_a_thousands_separator():
    # the twentieth round (r77): Word text typed with a Chinese input method
    out = normalize("2019年，全州专利申请量2，346件，同比增长12.6%；有效注册商标分别为1108件、1，376件。")
    assert out.text == "2019年，全州专利申请量2346件，同比增长12.6%；有效注册商标分别为1108件、1376件。"
    # a comma that ends a clause, or one after an ordinal, stays
    for prose in ("排名第3，120家企业参加。", "分别为1，2，3件", "增长12.6%，346家企业参加"):
        assert normalize(prose).text == prose


def test_a_newsletters_masthead_lines_stand_alone():
    # the twenty-seventh round (r116): title, issue and editor above the first headline, no blank lines
    out = normalize("两江新区知识产权工作简报\n2023年第4期（总第36期）\n重庆两江新区市场监督管理局 编印\n"
                    "两江新区1—11月知识产权主要指标稳中有进\n今年以来，两江新区深入贯彻《知识产权强国建设纲要》。")
    assert out.text.split("\n")[:3] == ["两江新区知识产权工作简报", "2023年第4期（总第36期）", "重庆两江新区市场监督管理局编印"]


def test_a_newspapers_masthead_line_stands_alone():
    # the fifty-eighth round (r357): the paper's name, day and page above an interview's headline, no blank lines
    out = normalize("沧州日报　2025年2月18日　第3版　县域经济\n守护“海”的品牌 激发创新活力\n"
                    "——黄骅市市场监督管理局局长就2024年知识产权工作答记者问\n本报记者 孙晓萌\n")
    assert out.text.split("\n")[:2] == ["沧州日报2025年2月18日第3版县域经济", "守护“海”的品牌激发创新活力"]


def test_a_newspapers_masthead_line_with_its_weekday_stands_alone():
    # the ninety-fifth round (r557): 星期三 between the day and the page; the kicker line under it was taken for the title,
    # and the masthead's 2022 for the year of a story on 2021
    out = normalize("长春日报 2022年4月27日 星期三 第3版 综合新闻\n去年新获植物新品种权27件 专利授权量居长春市各县（市）首位\n")
    assert out.text.split("\n")[0] == "长春日报2022年4月27日星期三第3版综合新闻"


def test_a_wechat_posts_copied_masthead_line_stands_alone():
    # the sixtieth round (r375): a post copied from the phone, its account, day, time and province under the headline
    out = normalize("福安知识产权这一年｜2024年度盘点\n原创 福安市场监管 福安市场监管 2025年01月16日 18:02 福建\n"
                    "👆点击上方蓝字“福安市场监管”关注我们\n")
    assert out.text.split("\n")[:2] == ["福安知识产权这一年|2024年度盘点", "原创福安市场监管福安市场监管2025年01月16日18:02福建"]
    # the seventy-ninth round (r498): the line as the app now shows it (楚雄市场监管 2024-03-12 08:30 发表于云南), under a
    # headline and over a caption, neither ending a sentence
    out = normalize("楚雄市：知识产权赋能乡村振兴\n楚雄市场监管 2024-03-12 08:30 发表于云南\n▲大地基彝族乡的绣娘们在赶制彝绣订单\n")
    assert out.text.split("\n")[:3] == ["楚雄市：知识产权赋能乡村振兴", "楚雄市场监管2024-03-12 08:30发表于云南", "▲大地基彝族乡的绣娘们在赶制彝绣订单"]
    # the one hundred and fifth round (r606): with no time of day, under a headline ending in an emoji
    out = normalize("一块石、一粒米、一滴油！祁阳2022年知识产权“成绩单”来了👉\n原创 祁阳市场监管 2023-01-16 发表于湖南\n")
    assert out.text.split("\n")[:2] == ["一块石、一粒米、一滴油！祁阳2022年知识产权“成绩单”来了👉", "原创祁阳市场监管2023-01-16发表于湖南"]


def test_a_space_setting_off_a_thousands_group_is_dropped():
    # the twenty-sixth round (r108): OCR and typeset text set thousands apart by a space
    out = normalize("其中发明专利授权2 847件，同比增长31.4%；专利转让、许可合同备案1 376件，共12 486件。")
    assert out.text == "其中发明专利授权2847件，同比增长31.4%；专利转让、许可合同备案1376件，共12486件。"
    # two numbers side by side, a year after a table number, and a group too long or with decimals stay apart
    for prose in ("表1 2022年专利授权情况", "iPhone6 Plus", "1 234.5万元", "1234 567"):
        assert normalize(prose).text == prose


def test_an_arrow_before_a_figure_is_the_word_for_its_change():
    # the thirty-first round (r124): a WeChat post's figures, ▲ bullets and 👇 pointers
    raw = "▲湖里区：PCT国际专利申请205件，同比↑26.4%\n商标注册量4.73万件 同比↓15.2%\n👇点击阅读原文↓"
    out = normalize(raw)
    assert out.text == "▲湖里区：PCT国际专利申请205件，同比增长26.4%商标注册量4.73万件同比下降15.2%👇点击阅读原文↓"
    assert out.stats.change_arrows == 2
    start = out.text.index("下降15.2%")
    assert raw[slice(*out.to_original(start, start + 7))] == "↓15.2%"


def test_a_year_in_chinese_numerals_is_written_in_digits():
    # the thirty-first round (r117): an official document dates itself in Chinese numerals
    out = normalize("截至二〇二三年十二月底，全区有效发明专利10927件，比二〇二二年末的9121件增加1806件；一九九八年设立。")
    assert out.text == "截至2023年十二月底，全区有效发明专利10927件，比2022年末的9121件增加1806件；1998年设立。"
    for prose in ("一二三四年", "二〇二三", "两千零二十三年"):  # no year: four numerals not of 19xx/20xx, none before 年
        assert normalize(prose).text == prose


def test_a_percentage_written_in_words_is_read_as_a_figure():
    # the thirty-first round (r128): a clerk writes percentages and per-milles out in words
    raw = "专利授权量同比下降百分之六点二，占全省的百分之四十四点七，非正常专利申请占比降至千分之五以下，增长百分之八。"
    out = normalize(raw)
    assert out.text == "专利授权量同比下降6.2%，占全省的44.7%，非正常专利申请占比降至0.5%以下，增长8%。"
    assert out.stats.percents_in_words == 4
    start = out.text.index("44.7%")
    assert raw[slice(*out.to_original(start, start + 5))] == "百分之四十四点七"
    assert normalize("百分之百").text == "百分之百"  # no numeral cn2an reads: left as written
    cut = normalize("占全省专利授权总量的百分之四\n十四点七，居全省首位。")  # a line break inside: left, and not counted
    assert "百分之四十四点七" in cut.text and cut.stats.percents_in_words == 0


def test_the_quotation_marks_of_an_officials_words_go():
    # the forty-ninth round (r281): a news report quotes an official's figures; the model reads them unquoted
    raw = ("“‘十四五’以来，全市累计授权专利6.42万件，其中发明专利8915件，占比13.9%”，市市场监管局副局长陈永刚介绍。"
           "“我们将以《淮安市“十四五”知识产权发展规划》目标任务为牵引，力争全年发明专利授权量达到2500件”，他说。")
    out = normalize(raw)
    assert out.text == ("‘十四五’以来，全市累计授权专利6.42万件，其中发明专利8915件，占比13.9%，市市场监管局副局长陈永刚介绍。"
                        "我们将以《淮安市“十四五”知识产权发展规划》目标任务为牵引，力争全年发明专利授权量达到2500件，他说。")
    assert out.stats.quoted_passages == 2
    start = out.text.index("6.42万件")
    assert raw[slice(*out.to_original(start, start + 6))] == "6.42万件"
    assert normalize("他表示：“全市专利授权3000件，同比增长5%。”").text == "他表示：全市专利授权3000件，同比增长5%。"
    # names, titles and slogans keep their marks: no clause break inside, or a slogan inside a sentence
    for kept in ("打造“梁子湖大河蟹”“鄂州武昌鱼”品牌，年产值分别达3亿元、2亿元。",
                 "“十四五”以来，全市累计授权专利6.42万件，“知识产权强县”建设有序推进。",
                 "开展“让创新者安心，让侵权者付出代价”主题宣传活动12场。"):
        assert normalize(kept).text == kept


def test_spaces_next_to_chinese_go_latin_words_keep_one():
    assert normalize("于 2017 年年底提前迎接了验收 iPhone6  Plus").text == "于2017年年底提前迎接了验收iPhone6 Plus"
    assert normalize("表2 2015年各市专利申请情况").text == "表2 2015年各市专利申请情况"  # two numbers stay apart


def test_offsets_map_back_to_the_original():
    raw = (EXAMPLES / "001_4ffbcce60c8fa929.txt").read_text(encoding="utf-8")
    out = normalize(raw)
    for needle in ("加快推进中国（浦东）知识产权保护中心筹建工作", "上海知识产权交易中心于2017年1月13日正式挂牌启动"):
        start = out.text.index(needle)
        ostart, oend = out.to_original(start, start + len(needle))
        original = raw[ostart:oend]
        assert normalize(original).text.replace("\n", "") == needle
    # a collapsed bold run maps to all of its copies
    start = out.text.index("推进知识产权领域的改革创新")
    ostart, oend = out.to_original(start, start + 4)
    assert raw[ostart:oend] == "推进知识推进知识推进知识推进知识"


def test_a_running_header_beside_a_page_number_is_dropped():
    # the fifteenth round (r58): the page break falls inside a figure, and the header tops the next page
    raw = ("兰州市知识产权局\n“十二五”期间，全市累计专利申请2.63万件、专利授权1.28\n— 1 —\n兰州市知识产权局\n"
           "万件，分别是“十一五”时期的2.8倍和2.5倍。\n— 2 —\n兰州市知识产权局\n二、主要工作\n")
    out = normalize(raw)
    assert [p.text for p in out.paragraphs()] == [
        "兰州市知识产权局",  # not beside a page number: the report's first line stays
        "“十二五”期间，全市累计专利申请2.63万件、专利授权1.28万件，分别是“十一五”时期的2.8倍和2.5倍。",
        "二、主要工作",
    ]
    assert (out.stats.page_numbers, out.stats.running_heads) == (2, 2)
    # a line written once after a page break is the text going on
    once = normalize("专利授权1.28\n— 1 —\n万件。\n— 2 —\n二、主要工作\n")
    assert [p.text for p in once.paragraphs()] == ["专利授权1.28万件。", "二、主要工作"]
    # the forty-seventh round (r271): the office and the report's title side by side, cutting a sentence at the break
    head = "宿迁市知识产权局 宿迁市2024年知识产权工作总结和2025年工作思路"
    raw = (f"{head}\n进和保护条例》，配合省人大常委会开展条例实施情况执法检查。我局修订印发\n— 3 —\n{head}\n"
           f"《宿迁市知识产权专项资金管理办法》，进一步突出质量导向和绩效导向。\n— 4 —\n{head}\n三、2025年工作思路\n")
    assert [p.text for p in normalize(raw).paragraphs()][1:] == [
        "进和保护条例》，配合省人大常委会开展条例实施情况执法检查。我局修订印发《宿迁市知识产权专项资金管理办法》，进一步突出质量导向和绩效导向。",
        "三、2025年工作思路"]


@pytest.mark.parametrize("footer", ["— 3 —", "- 3 -", "·3·", "第 3 页", "第3页 共12页", "3/12"])
def test_a_page_number_between_pages_is_dropped_and_the_sentence_joined(footer):
    # seed 001 has only bare page numbers (kept: a bare figure may be a table cell); these are
    # the forms other PDF extractions leave, here inside a figure as in the probe's r8
    raw = f"其中，渝北区、永川区分别实现质押融资3.2亿元和1.\n{footer}\n15亿元。市财政安排风险补偿资金5000万元。\n3\n"
    out = normalize(raw)
    assert [p.text for p in out.paragraphs()][0] == "其中，渝北区、永川区分别实现质押融资3.2亿元和1.15亿元。市财政安排风险补偿资金5000万元。"
    assert out.stats.page_numbers == 1
    start = out.text.index("15亿元")
    assert raw[slice(*out.to_original(start, start + 4))] == "15亿元"


@pytest.mark.parametrize(
    "name, runs, joined",
    [("000_25a18dc7584b1dbe", 0, 22), ("001_4ffbcce60c8fa929", 3046, 1906), ("004_d9f4be199116ba61", 0, 15)],
)
def test_repair_counts_per_seed(name, runs, joined):
    """The figures reported in the README."""
    stats = normalize((EXAMPLES / f"{name}.txt").read_text(encoding="utf-8")).stats
    assert (stats.repeated_runs, stats.joined_lines) == (runs, joined)


def test_six_megabytes_normalise_in_linear_time():
    line = "2016年，全省专利申请、授权量分别为54838件和31826件，分别较上年增长24.5%和5.6%。\n"
    text = line * (6_000_000 // (len(line) * 3))
    out = normalize(text)
    assert out.text.count("\n") == text.count("\n") - 1


def test_a_word_tables_two_cell_rows_are_each_a_sentence():
    # the fifty-first round (r302): a table of 指标 | 2024年完成情况 whose cells are text, read as one run-on line before
    raw = ("全年主要指标完成情况见表1。\n表1　2024年四平市知识产权主要指标完成情况\n指标\t2024年完成情况\n"
           "专利授权量\t2386件，增长8.6%\n每万人口高价值发明专利拥有量\t2.07件，全省第4位\n（一）知识产权创造量质齐升\n")
    out = normalize(raw)
    assert [p.text for p in out.paragraphs()] == [
        "全年主要指标完成情况见表1。", "表1 2024年四平市知识产权主要指标完成情况", "指标：2024年完成情况",
        "专利授权量：2386件，增长8.6%", "每万人口高价值发明专利拥有量：2.07件，全省第4位", "（一）知识产权创造量质齐升"]
    start = out.text.index("2386件")
    assert raw[slice(*out.to_original(start, start + 5))] == "2386件"
    # a lone line with one tab is left to the rules for prose
    assert [p.text for p in normalize("专利授权量\t2386件，增长8.6%。\n全市商标注册量7621件。\n").paragraphs()] == [
        "专利授权量2386件，增长8.6%。", "全市商标注册量7621件。"]


def test_a_web_pages_lines_about_its_article_and_a_covers_fields():
    # the sixty-fourth round (r410): a subtitle, the 来源 line and the first paragraph are three paragraphs (the 来源 line is no photo caption), and
    # a feature's headline (…纪实) ends its line
    lines = ["当前位置：首页 > 本地新闻 > 正文", "守好北疆国门——我市口岸知识产权保护工作纪实",
             "2024年满洲里海关查扣侵权嫌疑货物186批次，市场监管部门查办商标侵权假冒案件37件",
             "来源：满洲里日报 作者：记者 赵雪莹 2025-01-09", "隆冬时节，满洲里公路口岸出境货车排起长龙，十八里铁路口岸中欧班列鸣笛西行。"]
    assert len(normalize("\n".join(lines)).paragraphs()) == 5
    # r405: a project cover's fields, one a line, then the report's title
    lines = ["项目名称：赤水市地理标志运用促进工程", "承担单位：赤水市市场监督管理局", "填报日期：2025年1月", "赤水市地理标志运用促进工程项目总结报告",
             "省知识产权局："]
    assert [p.text for p in normalize("\n".join(lines)).paragraphs()][:4] == lines[:4]


def test_a_reposts_source_and_edit_lines_stand_alone():
    # the sixty-ninth round (r448): a blog's repost ends with its source in brackets, the day it was edited and its
    # readers' votes, each a line of its own, and opens with the day it was posted above the editor's note
    lines = ["确保“十四五”开好局、起好步。", "（来源：邳州市市场监督管理局，2020年12月）", "编辑于 2020-12-29 · 著作权归原作者所有",
             "12 人赞同了该文章 · 3 条评论"]
    assert len(normalize("\n".join(lines)).paragraphs()) == 4
    lines = ["发布于 2020-12-28 09:41 · 原文来源：邳州市市场监督管理局（邳州市知识产权局）· 仅作学习交流，如有侵权请联系删除",
             "编者按：年底各地陆续晒出“十三五”知识产权成绩单，邳州这篇总结数据比较全，转过来给做县域知识产权工作的朋友参考。"]
    assert len(normalize("\n".join(lines)).paragraphs()) == 2


def test_a_documents_number_stands_alone_and_indents_mark_paragraphs_of_a_hard_wrapped_text():
    # the sixty-fifth round (r425): a red-headed document's number, then its issuer and title, each a paragraph
    lines = ["绥市监发〔2021〕4号", "绥芬河市市场监督管理局", "关于2020年知识产权工作总结和2021年工作计划的报告", "牡丹江市市场监督管理局："]
    assert [p.text for p in normalize("\n".join(lines)).paragraphs()][:2] == lines[:2]
    # r424: GB18030 text wrapped at 38 characters, its paragraphs indented; a line ending a sentence goes on where the next
    # line is not indented (其中，… after …的1.4倍。), and ends the paragraph where it is
    lines = ["　　1.专利产出稳中提质。2020年、2021年、2022年，全市专利授权量分别为3126件、",
             "3582件和3317件，三年累计授权专利10025件，是试点前三年（2017—2019年）的1.4倍。",
             "其中，发明专利授权量分别为86件、112件和138件，2022年发明专利授权量同比增长23",
             ".2%，增幅居江门市各县（市、区）第二位。",
             "　　2.商标品牌加快培育。全市有效注册商标达到26418件，比试点前增长31.6%，其中",
             "新增注册商标9012件，马冈镇、赤坎镇新增注册商标分别为416件和296件，占全市的",
             "7.9%。",
             "　　3.地理标志实现突破。“马冈鹅”地理标志证明商标于2021年获准注册，全市地理标志",
             "证明商标由试点前的1件增加到3件，带动相关产业产值超过8亿元，惠及农户1200余户。",
             "　　4.质押融资持续扩面。三年累计质押登记47笔，惠及企业36家，融资金额2.56亿元。",
             "　　5.服务体系不断完善。建成市知识产权公共服务站，引进服务机构5家。"]
    paragraphs = [p.text for p in normalize("\n".join(lines)).paragraphs()]
    assert len(paragraphs) == 5 and "1.4倍。其中，发明专利授权量" in paragraphs[0]
    # a text whose paragraphs are not indented keeps a sentence's end as a paragraph's end
    assert len(normalize("\n".join(line.lstrip("　") for line in lines)).paragraphs()) > 5


def test_a_section_heading_ending_short_of_a_hard_wrapped_texts_margin_keeps_its_break():
    # the sixty-eighth round (r436): a PDF wrapped at 37 characters; （五）…亮点纷呈, a heading with a comma in it, ends well
    # short of the margin, so the paragraph under it (opening on its town) is a paragraph of its own
    lines = ["建成余姚市知识产权公共服务中心，三年累计为企业提供专利检索、分析、预",
             "警等服务4320次；全市知识产权服务机构由2017年的7家增加到2020年的19家。三年",
             "累计举办各类知识产权培训班126期，培训企业管理人员和技术人员1.38万人次，培",
             "养企业知识产权专员420名。每年结合全国知识产权宣传周，开展进企业、进校园、",
             "进市场活动，营造尊重知识、崇尚创新、诚信守法的良好氛围。",
             "（五）坚持特色发展，重点区域和特色产业亮点纷呈",
             "泗门镇是我市工业经济第一强镇，三年累计专利授权3126件，占全市的12.9%；",
             "2020年专利授权1185件，同比增长16.4%，居全市各乡镇（街道）首位；全镇有效注",
             "册商标5830件，拥有国家知识产权优势企业5家。泗门镇依托汽配、小家电产业集群",
             "，建成镇级知识产权服务站，常态化为企业开展专利导航和侵权预警服务。"]
    paragraphs = [p.text for p in normalize("\n".join(lines)).paragraphs()]
    assert paragraphs[1] == "（五）坚持特色发展，重点区域和特色产业亮点纷呈" and paragraphs[2].startswith("泗门镇是")
    # a list item (1.) wrapped in a narrow cell goes on, whatever the text's width
    lines[5] = "1.中国（浦东）知识产权保护中心正式运行，着力打造全产业"
    assert "1.中国（浦东）知识产权保护中心正式运行，着力打造全产业泗门镇是" in normalize("\n".join(lines)).text


def test_the_first_pages_running_header_right_above_the_title_it_repeats_is_dropped():
    # the seventy-first round (r464): a PDF whose every page is headed by the report's title, the first page's right
    # above the title itself; the title read twice lost the report its region
    raw = ("青州市花卉产业知识产权发展报告（2019年度）\n青州市花卉产业知识产权发展报告（2019年度）\n青州市市场监督管理局\n"
           "一、花卉产业发展概况\n全年花卉种植面积11.2万亩。\n第 1 页 共 2 页\n青州市花卉产业知识产权发展报告（2019年度）\n"
           "二、知识产权创造情况\n")
    out = normalize(raw)
    assert [p.text for p in out.paragraphs()][0] == "青州市花卉产业知识产权发展报告（2019年度）青州市市场监督管理局"
    assert out.stats.running_heads == 2


def test_a_bracketed_line_under_a_title_and_a_bodys_signed_line_stand_alone():
    # the seventy-first round (r488): a PDF's title, the audience in brackets, then the office and the day it signed, each a
    # line of its own; read as one they lost the report its region and its year
    raw = ("集安市人参产业知识产权保护工作情况汇报\n（向省知识产权局调研组汇报材料）\n"
           "集安市市场监督管理局（集安市知识产权局）　2021年1月18日\n尊敬的省知识产权局调研组各位领导：\n")
    assert [p.text for p in normalize(raw).paragraphs()][:3] == [
        "集安市人参产业知识产权保护工作情况汇报", "（向省知识产权局调研组汇报材料）", "集安市市场监督管理局（集安市知识产权局）2021年1月18日"]
    # a date in brackets under a speech's title stays with it, as the annotated corpus has it
    assert normalize("在2013年全市知识产权工作会议上的讲话\n（2013年3月22日）\n\n同志们：\n").paragraphs()[0].text == \
        "在2013年全市知识产权工作会议上的讲话（2013年3月22日）"


def test_a_bilingual_pages_lines_in_tibetan_are_left_unread():
    # the one hundred and twenty-seventh round (r685): each Chinese paragraph followed by its Tibetan translation, which
    # repeats its figures in digits and ran into the Chinese heading after it; a table's header holds both
    raw = ("（一）专利创造总体平稳\n（1）ཆེད་དབང་གསར་གཏོད་སྤྱིར་བཏང་བརྟན་པོ།\n2022年，全县专利申请量14件，同比增长16.7%。\n"
           "2022ལོར།རྫོང་ཡོངས་ཀྱི་ཆེད་དབང་ཞུ་གཏུག་ཉག་14བྱུང་།\n（二）商标注册稳步增长\n"
           "指标ཚད་གཞི།\t单位ཚད།\t2021年2021ལོ།\t2022年2022ལོ།\t同比增长（%）ལོ་མཚུངས་འཕར་ཚད（%）\n专利申请量\t件\t12\t14\t16.7\n")
    out = normalize(raw)
    assert [p.text for p in out.paragraphs()] == [
        "（一）专利创造总体平稳", "2022年，全县专利申请量14件，同比增长16.7%。", "（二）商标注册稳步增长",
        "指标\t单位\t2021年\t2022年\t同比增长（%）", "专利申请量\t件\t12\t14\t16.7"]
    assert out.stats.other_script_lines == 2


def test_a_slides_running_footer_with_its_page_number_is_dropped():
    # the one hundred and twenty-eighth round (r693): a slide deck saved as PDF, every page's foot the office and N / 14,
    # read as a figure (2 /) and run into the sentence above it
    raw = ("晴隆县市场监督管理局（晴隆县知识产权局） 2 / 14\n二、知识产权保护\n两起案件均在法定期限内办结\n"
           "晴隆县市场监督管理局（晴隆县知识产权局） 3 / 14\n三、知识产权运用\n全县知识产权质押融资1,850万元。\n"
           "晴隆县市场监督管理局（晴隆县知识产权局） 4 / 14\n")
    out = normalize(raw)
    assert "晴隆县市场监督管理局" not in out.text and "/" not in out.text
    assert out.stats.page_numbers == 3


def test_a_scoring_tables_rows_with_long_accounts_stay_rows_of_the_table():
    # the one hundred and twenty-eighth round (r704): a score sheet whose 完成情况 cells run past a text cell's length; rows as
    # wide as the row above them stay table rows, their 分值 and 自评分 cells apart
    account = "截至2022年12月底，全县拥有高价值发明专利144件，每万人口高价值发明专利拥有量2.16件，较上年提高0.58件，增幅居济宁市第三位"
    raw = ("考核内容\t分值\t评分标准\t完成情况\t自评分\n发明专利授权量\t8\t年度目标70件\t全年授权发明专利78件，同比增长34.5%\t8\n"
           f"每万人口高价值发明专利拥有量\t10\t年度目标2.0件，完成目标得满分，未完成的按完成比例计分\t{account}\t10\n")
    assert normalize(raw).paragraphs()[2].text == \
        f"每万人口高价值发明专利拥有量\t10\t年度目标2.0件，完成目标得满分，未完成的按完成比例计分\t{account}\t10"
