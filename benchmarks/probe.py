"""Facts on the probe reports: seven hundred and fifteen reports written for this purpose in the style of
regions, years and wordings the seeds lack, with their facts written by hand (r1–r4 … r712–r715 in
seventy-six rounds, each set scored on its own and together; r215 came a round late).

    python benchmarks/probe.py [--model models/ipie-zh] [--errors]

Most are plain UTF-8 text; a report written as a web page, a Word file, a PDF, Markdown, GB18030 or UTF-16 text is read as such.

The probe texts are not real reports, and the fact stage was corrected by looking at
what it got wrong here, so the figures are a development check of generalisation, not
a test score (see benchmarks/README.md).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = ROOT / "benchmarks" / "probe"
sys.path.insert(0, str(ROOT))

import ipie  # noqa: E402
from ipie.evaluate import format_report, misplaced_indicator_facts, score_facts, unmatched_indicator_facts  # noqa: E402
from ipie.ingest import SUPPORTED_SUFFIXES, IngestError  # noqa: E402


SETS = {"r1-r4": {"r1", "r2", "r3", "r4"}, "r5-r8": {"r5", "r6", "r7", "r8"}, "r9-r12": {"r9", "r10", "r11", "r12"},
        "r13-r16": {"r13", "r14", "r15", "r16"}, "r17-r20": {"r17", "r18", "r19", "r20"},
        "r21-r24": {"r21", "r22", "r23", "r24"}, "r25-r28": {"r25", "r26", "r27", "r28"},
        "r29-r32": {"r29", "r30", "r31", "r32"}, "r33-r36": {"r33", "r34", "r35", "r36"},
        "r37-r40": {"r37", "r38", "r39", "r40"}, "r41-r44": {"r41", "r42", "r43", "r44"},
        "r45-r48": {"r45", "r46", "r47", "r48"}, "r49-r52": {"r49", "r50", "r51", "r52"},
        "r53-r56": {"r53", "r54", "r55", "r56"}, "r57-r60": {"r57", "r58", "r59", "r60"},
        "r61-r64": {"r61", "r62", "r63", "r64"}, "r65-r68": {"r65", "r66", "r67", "r68"},
        "r69-r72": {"r69", "r70", "r71", "r72"}, "r73-r76": {"r73", "r74", "r75", "r76"},
        "r77-r80": {"r77", "r78", "r79", "r80"}, "r81-r84": {"r81", "r82", "r83", "r84"},
        "r85-r88": {"r85", "r86", "r87", "r88"}, "r89-r92": {"r89", "r90", "r91", "r92"},
        "r93-r96": {"r93", "r94", "r95", "r96"},
        "r97-r100": {"r97", "r98", "r99", "r100"},
        "r101-r104": {"r101", "r102", "r103", "r104"}, "r105-r108": {"r105", "r106", "r107", "r108"},
        "r109-r112": {"r109", "r110", "r111", "r112"}, "r113-r116": {"r113", "r114", "r115", "r116"},
        "r117-r120": {"r117", "r118", "r119", "r120"}, "r121-r124": {"r121", "r122", "r123", "r124"},
        "r125-r128": {"r125", "r126", "r127", "r128"}, "r129-r132": {"r129", "r130", "r131", "r132"},
        "r133-r136": {"r133", "r134", "r135", "r136"}, "r137-r140": {"r137", "r138", "r139", "r140"},
        "r141-r144": {"r141", "r142", "r143", "r144"}, "r145-r148": {"r145", "r146", "r147", "r148"},
        "r149-r152": {"r149", "r150", "r151", "r152"}, "r153-r156": {"r153", "r154", "r155", "r156"},
        "r157-r160": {"r157", "r158", "r159", "r160"}, "r161-r164": {"r161", "r162", "r163", "r164"},
        "r165-r168": {"r165", "r166", "r167", "r168"}, "r169-r172": {"r169", "r170", "r171", "r172"},
        "r173-r176": {"r173", "r174", "r175", "r176"}, "r177-r180": {"r177", "r178", "r179", "r180"},
        "r181-r184": {"r181", "r182", "r183", "r184"}, "r185-r188": {"r185", "r186", "r187", "r188"},
        "r189-r192": {"r189", "r190", "r191", "r192"}, "r193-r196": {"r193", "r194", "r195", "r196"},
        "r197-r200": {"r197", "r198", "r199", "r200"}, "r201-r204": {"r201", "r202", "r203", "r204"},
        "r205-r208": {"r205", "r206", "r207", "r208"}, "r209-r212": {"r209", "r210", "r211", "r212"},
        "r213-r216": {"r213", "r214", "r215", "r216"}, "r217-r220": {"r217", "r218", "r219", "r220"},
        "r221-r224": {"r221", "r222", "r223", "r224"}, "r225-r227": {"r225", "r226", "r227"},
        "r228-r231": {"r228", "r229", "r230", "r231"}, "r232-r235": {"r232", "r233", "r234", "r235"},
        "r236-r239": {"r236", "r237", "r238", "r239"}, "r240-r243": {"r240", "r241", "r242", "r243"},
        "r244-r247": {"r244", "r245", "r246", "r247"}, "r248-r251": {"r248", "r249", "r250", "r251"},
        "r252-r255": {"r252", "r253", "r254", "r255"}, "r256-r259": {"r256", "r257", "r258", "r259"},
        "r260-r263": {"r260", "r261", "r262", "r263"}, "r264-r267": {"r264", "r265", "r266", "r267"},
        "r268-r271": {"r268", "r269", "r270", "r271"}, "r272-r275": {"r272", "r273", "r274", "r275"},
        "r276-r279": {"r276", "r277", "r278", "r279"}, "r280-r283": {"r280", "r281", "r282", "r283"},
        "r284-r287": {"r284", "r285", "r286", "r287"}, "r288-r291": {"r288", "r289", "r290", "r291"},
        "r292-r295": {"r292", "r293", "r294", "r295"}, "r296-r299": {"r296", "r297", "r298", "r299"},
        "r300-r303": {"r300", "r301", "r302", "r303"}, "r304-r307": {"r304", "r305", "r306", "r307"},
        "r308-r311": {"r308", "r309", "r310", "r311"}, "r312-r315": {"r312", "r313", "r314", "r315"},
        "r316-r319": {"r316", "r317", "r318", "r319"}, "r320-r323": {"r320", "r321", "r322", "r323"},
        "r324-r327": {"r324", "r325", "r326", "r327"}, "r328-r331": {"r328", "r329", "r330", "r331"},
        "r332-r335": {"r332", "r333", "r334", "r335"}, "r336-r339": {"r336", "r337", "r338", "r339"},
        "r340-r343": {"r340", "r341", "r342", "r343"}, "r344-r347": {"r344", "r345", "r346", "r347"},
        "r348-r351": {"r348", "r349", "r350", "r351"}, "r352-r355": {"r352", "r353", "r354", "r355"},
        "r356-r359": {"r356", "r357", "r358", "r359"}, "r360-r363": {"r360", "r361", "r362", "r363"},
        "r364-r367": {"r364", "r365", "r366", "r367"}, "r368-r371": {"r368", "r369", "r370", "r371"},
        "r372-r375": {"r372", "r373", "r374", "r375"}, "r376-r379": {"r376", "r377", "r378", "r379"},
        "r380-r383": {"r380", "r381", "r382", "r383"}, "r384-r387": {"r384", "r385", "r386", "r387"},
        "r388-r391": {"r388", "r389", "r390", "r391"}, "r392-r395": {"r392", "r393", "r394", "r395"},
        "r396-r399": {"r396", "r397", "r398", "r399"}, "r400-r403": {"r400", "r401", "r402", "r403"},
        "r404-r407": {"r404", "r405", "r406", "r407"}, "r408-r411": {"r408", "r409", "r410", "r411"},
        "r412-r415": {"r412", "r413", "r414", "r415"}, "r416-r419": {"r416", "r417", "r418", "r419"},
        "r420-r423": {"r420", "r421", "r422", "r423"}, "r424-r427": {"r424", "r425", "r426", "r427"},
        "r428-r431": {"r428", "r429", "r430", "r431"}, "r432-r435": {"r432", "r433", "r434", "r435"},
        "r436-r439": {"r436", "r437", "r438", "r439"}, "r440-r443": {"r440", "r441", "r442", "r443"},
        "r444-r447": {"r444", "r445", "r446", "r447"}, "r448-r451": {"r448", "r449", "r450", "r451"},
        "r452-r455": {"r452", "r453", "r454", "r455"}, "r456-r459": {"r456", "r457", "r458", "r459"},
        "r460-r463": {"r460", "r461", "r462", "r463"}, "r464-r467": {"r464", "r465", "r466", "r467"},
        "r468-r471": {"r468", "r469", "r470", "r471"}, "r472-r475": {"r472", "r473", "r474", "r475"},
        "r476-r479": {"r476", "r477", "r478", "r479"}, "r480-r483": {"r480", "r481", "r482", "r483"},
        "r484-r487": {"r484", "r485", "r486", "r487"}, "r488-r491": {"r488", "r489", "r490", "r491"},
        "r492-r495": {"r492", "r493", "r494", "r495"}, "r496-r499": {"r496", "r497", "r498", "r499"},
        "r500-r503": {"r500", "r501", "r502", "r503"}, "r504-r507": {"r504", "r505", "r506", "r507"},
        "r508-r511": {"r508", "r509", "r510", "r511"}, "r512-r515": {"r512", "r513", "r514", "r515"},
        "r516-r519": {"r516", "r517", "r518", "r519"}, "r520-r523": {"r520", "r521", "r522", "r523"},
        "r524-r527": {"r524", "r525", "r526", "r527"}, "r528-r531": {"r528", "r529", "r530", "r531"},
        "r532-r535": {"r532", "r533", "r534", "r535"}, "r536-r539": {"r536", "r537", "r538", "r539"},
        "r540-r543": {"r540", "r541", "r542", "r543"}, "r544-r547": {"r544", "r545", "r546", "r547"},
        "r548-r551": {"r548", "r549", "r550", "r551"}, "r552-r555": {"r552", "r553", "r554", "r555"},
        "r556-r559": {"r556", "r557", "r558", "r559"}, "r560-r563": {"r560", "r561", "r562", "r563"},
        "r564-r567": {"r564", "r565", "r566", "r567"}, "r568-r571": {"r568", "r569", "r570", "r571"},
        "r572-r575": {"r572", "r573", "r574", "r575"}, "r576-r579": {"r576", "r577", "r578", "r579"},
        "r580-r583": {"r580", "r581", "r582", "r583"}, "r584-r587": {"r584", "r585", "r586", "r587"},
        "r588-r591": {"r588", "r589", "r590", "r591"}, "r592-r595": {"r592", "r593", "r594", "r595"},
        "r596-r599": {"r596", "r597", "r598", "r599"}, "r600-r603": {"r600", "r601", "r602", "r603"},
        "r604-r607": {"r604", "r605", "r606", "r607"}, "r608-r611": {"r608", "r609", "r610", "r611"},
        "r612-r615": {"r612", "r613", "r614", "r615"}, "r616-r619": {"r616", "r617", "r618", "r619"},
        "r620-r623": {"r620", "r621", "r622", "r623"}, "r624-r627": {"r624", "r625", "r626", "r627"},
        "r628-r631": {"r628", "r629", "r630", "r631"}, "r632-r635": {"r632", "r633", "r634", "r635"},
        "r636-r639": {"r636", "r637", "r638", "r639"}, "r640-r643": {"r640", "r641", "r642", "r643"},
        "r644-r647": {"r644", "r645", "r646", "r647"}, "r648-r651": {"r648", "r649", "r650", "r651"},
        "r652-r655": {"r652", "r653", "r654", "r655"}, "r656-r659": {"r656", "r657", "r658", "r659"},
        "r660-r663": {"r660", "r661", "r662", "r663"}, "r664-r667": {"r664", "r665", "r666", "r667"},
        "r668-r671": {"r668", "r669", "r670", "r671"}, "r672-r675": {"r672", "r673", "r674", "r675"},
        "r676-r679": {"r676", "r677", "r678", "r679"}, "r680-r683": {"r680", "r681", "r682", "r683"},
        "r684-r687": {"r684", "r685", "r686", "r687"}, "r688-r691": {"r688", "r689", "r690", "r691"},
        "r692-r695": {"r692", "r693", "r694", "r695"}, "r696-r699": {"r696", "r697", "r698", "r699"},
        "r700-r703": {"r700", "r701", "r702", "r703"}, "r704-r707": {"r704", "r705", "r706", "r707"},
        "r708-r711": {"r708", "r709", "r710", "r711"}, "r712-r715": {"r712", "r713", "r714", "r715"}}


def _line(fact: dict) -> str:
    growth = fact.get("growth") or {}
    return (
        f"{fact['doc']} {fact.get('value')} {fact.get('unit')} {(fact.get('region') or {}).get('name')} "
        f"{fact.get('year')} {(fact.get('indicator') or {}).get('text')} growth={growth.get('value')} "
        f"| {(fact.get('evidence') or {}).get('text', '')[:60]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=None)
    parser.add_argument("--errors", action="store_true", help="list the gold facts missed, the facts not in the gold and those with the wrong region or year")
    args = parser.parse_args()
    gold = [json.loads(line) for line in (PROBE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    predicted = []
    for result in ipie.annotate_files(sorted(p for p in PROBE.iterdir() if p.suffix in SUPPORTED_SUFFIXES), args.model):
        if isinstance(result, IngestError):
            print(f"failed: {result}", file=sys.stderr)  # scored as a report with no facts
            continue
        predicted.extend(fact.to_json() for fact in result.facts)
    for name, docs in SETS.items():
        print(f"{name}: " + format_report(score_facts(
            [f for f in gold if f["doc"] in docs], [f for f in predicted if f["doc"] in docs])))
    print("all: " + format_report(score_facts(gold, predicted)))
    if args.errors:
        missed, extra = unmatched_indicator_facts(gold, predicted)
        print("missed:", *map(_line, missed), sep="\n  ")
        print("not in the gold:", *map(_line, extra), sep="\n  ")
        print("right value, wrong region or year (gold, then predicted):",
              *(f"{_line(g)}\n    {_line(p)}" for g, p in misplaced_indicator_facts(gold, predicted)), sep="\n  ")


if __name__ == "__main__":
    main()
