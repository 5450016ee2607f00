"""Scores: entities (exact span) and relations (with gold entities, and end to end).

The metric names follow spaCy's scorer: ents_p/r/f, ents_per_type, and
rel_micro_p/r/f, rel_per_type for relations.
"""
from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from typing import Iterable

from spacy.scorer import PRFScore
from spacy.training import Example

from ipie.api import model_only
from ipie.pipeline.relations import RELATIONS_KEY


def _relation_set(doc) -> set[tuple]:
    return {tuple(r[:5]) for r in doc.user_data.get(RELATIONS_KEY, [])}


def score_relations(examples: Iterable[Example], prefix: str = "rel") -> dict:
    """Micro and per-label P/R/F of relations, matched on both spans' offsets and the label."""
    micro = PRFScore()
    per_type: dict[str, PRFScore] = defaultdict(PRFScore)
    for eg in examples:
        gold, pred = _relation_set(eg.reference), _relation_set(eg.predicted)
        for rel in pred:
            hit = rel in gold
            micro.tp += hit
            micro.fp += not hit
            per_type[rel[4]].tp += hit
            per_type[rel[4]].fp += not hit
        for rel in gold - pred:
            micro.fn += 1
            per_type[rel[4]].fn += 1
    return {
        f"{prefix}_micro_p": micro.precision,
        f"{prefix}_micro_r": micro.recall,
        f"{prefix}_micro_f": micro.fscore,
        f"{prefix}_per_type": {k: v.to_dict() for k, v in sorted(per_type.items())},
    }


def common_errors(examples: Iterable[Example], limit: int = 15) -> list[tuple[str, int]]:
    """The commonest entity errors as 'kind: text (LABEL)' with counts."""
    counts: Counter = Counter()
    for eg in examples:
        gold = {(e.start_char, e.end_char): e.label_ for e in eg.reference.ents}
        pred = {(e.start_char, e.end_char): e.label_ for e in eg.predicted.ents}
        text = eg.reference.text
        for span, label in pred.items():
            if span not in gold:
                counts[f"spurious {label}: {text[span[0]:span[1]]}"] += 1
            elif gold[span] != label:
                counts[f"{gold[span]} tagged {label}: {text[span[0]:span[1]]}"] += 1
        for span, label in gold.items():
            if span not in pred:
                counts[f"missed {label}: {text[span[0]:span[1]]}"] += 1
    return counts.most_common(limit)


_ENTITY_SETTERS = ("ner", "ipie_rules_ner", "ipie_entity_rules")


def evaluate_model(nlp, records) -> dict:
    """Entities (exact span), relations end to end and with gold entities, and the commonest errors."""
    from spacy.scorer import Scorer

    from ipie.corpus.formats import records_to_docs

    gold = records_to_docs(nlp, records)
    skip = model_only(nlp)
    predicted = list(nlp.pipe((nlp.make_doc(r.text) for r in records), disable=skip))
    examples = [Example(p, g) for p, g in zip(predicted, gold)]
    metrics = Scorer.score_spans(examples, "ents")
    metrics["ents_per_type"] = {k: v for k, v in sorted((metrics.get("ents_per_type") or {}).items())}
    metrics.update(score_relations(examples))
    # relations alone: the same pipeline on docs that already carry the gold entities
    with_gold = []
    for g in gold:
        doc = nlp.make_doc(g.text)
        doc.ents = [doc.char_span(e.start_char, e.end_char, label=e.label_) for e in g.ents]
        with_gold.append(doc)
    disable = skip + [n for n in _ENTITY_SETTERS if n in nlp.pipe_names]
    gold_ent_examples = [Example(p, g) for p, g in zip(nlp.pipe(with_gold, disable=disable), gold)]
    metrics.update(score_relations(gold_ent_examples, prefix="rel_gold_ents"))
    metrics["common_errors"] = common_errors(examples)
    metrics["paragraphs"] = len(records)
    return metrics


def _fact_key_loose(fact: dict) -> tuple:
    return (fact.get("doc"), _num(fact.get("value")), fact.get("unit"))


def _num(value):
    return None if value is None else round(float(value), 4)


def _strict_ok(gold: dict, pred: dict) -> bool:
    """Same region (by code; by name for a town, which has none) and year."""
    g, p = gold.get("region") or {}, pred.get("region") or {}
    same_region = g.get("code") == p.get("code") and (g.get("code") is not None or g.get("name") == p.get("name"))
    return same_region and pred.get("year") == gold.get("year")


def _same_indicator(gold: dict, pred: dict) -> bool:
    """The indicator texts are equal or one holds the other (专利申请 / 三种专利申请受理量)."""
    g, p = (gold.get("indicator") or {}).get("text") or "", (pred.get("indicator") or {}).get("text") or ""
    return bool(g and p) and (g in p or p in g)


def _match(golds: list[dict], preds: list[dict], key, ok=lambda g, p: True) -> list[tuple[dict, dict]]:
    """One-to-one matching of facts with equal keys, preferring pairs that also satisfy ``ok``, then pairs from the
    same sentence (a figure a report's summary repeats without its change is not the one the gold gives it for)."""
    pool: dict[tuple, list[dict]] = defaultdict(list)
    for p in preds:
        pool[key(p)].append(p)
    pairs = []
    for g in golds:
        candidates = pool.get(key(g), [])
        if not candidates:
            continue
        best = min(candidates, key=lambda p: (not ok(g, p), not _same_sentence(g, p)))
        candidates.remove(best)
        pairs.append((g, best))
    return pairs


def _same_sentence(gold: dict, predicted: dict) -> bool:
    """Whether two facts' evidence is one sentence, or one holds the other, whatever the spacing and width."""
    g, p = (_squashed((f.get("evidence") or {}).get("text") or "") for f in (gold, predicted))
    return bool(g and p) and (g in p or p in g)


def _squashed(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def _valued(facts: list[dict]) -> list[dict]:
    """The indicator facts with a value: the ones fact matching scores."""
    return [f for f in facts if f["kind"] == "indicator" and f.get("value") is not None]


def unmatched_indicator_facts(gold: list[dict], predicted: list[dict]) -> tuple[list[dict], list[dict]]:
    """The gold indicator facts with no predicted fact of the same value and unit, and the
    predicted ones with no gold fact: the loose matching of :func:`score_facts`."""
    g_ind, p_ind = _valued(gold), _valued(predicted)
    pairs = _match(g_ind, p_ind, _fact_key_loose, _strict_ok)
    matched = {id(f) for pair in pairs for f in pair}
    return [f for f in g_ind if id(f) not in matched], [f for f in p_ind if id(f) not in matched]


def misplaced_indicator_facts(gold: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    """(gold, predicted) pairs with the same value and unit but another region or year:
    the loose matches that strict matching rejects."""
    g_ind, p_ind = _valued(gold), _valued(predicted)
    return [(g, p) for g, p in _match(g_ind, p_ind, _fact_key_loose, _strict_ok) if not _strict_ok(g, p)]


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_facts(gold: list[dict], predicted: list[dict]) -> dict:
    """Strict (value, unit, region code, year), loose (value, unit), indicator agreement of the strict
    matches, growth and rank accuracy, policy-title F1 (titles compared with full- and half-width forms folded, as
    the normaliser writes （ for a source's ( ) and the share of matched titles with the gold issuer."""
    g_ind, p_ind = _valued(gold), _valued(predicted)
    loose = _match(g_ind, p_ind, _fact_key_loose, _strict_ok)
    strict = [(g, p) for g, p in loose if _strict_ok(g, p)]
    sp, sr, sf = _prf(len(strict), len(p_ind), len(g_ind))
    lp, lr, lf = _prf(len(loose), len(p_ind), len(g_ind))
    with_growth = [(g, p) for g, p in loose if g.get("growth")]
    growth_ok = sum(
        1 for g, p in with_growth
        if p.get("growth") and _num(p["growth"].get("value")) == _num(g["growth"].get("value"))
        and p["growth"].get("direction") == g["growth"].get("direction")
    )
    # ranks: of loosely matched facts whose gold has one, the share with the same position (a scope is written
    # many ways: 全省, 全省地市, 省内)
    with_rank = [(g, p) for g, p in loose if g.get("rank")]
    rank_ok = sum(1 for g, p in with_rank if p.get("rank") and p["rank"].get("position") == g["rank"].get("position"))
    # strict matching ignores the indicator; this says how often it is the gold one, or part of it
    same_indicator = sum(1 for g, p in strict if _same_indicator(g, p))
    g_pol = [f for f in gold if f["kind"] == "policy"]
    p_pol = [f for f in predicted if f["kind"] == "policy"]
    pol = _match(g_pol, p_pol, lambda f: (f.get("doc"), unicodedata.normalize("NFKC", f.get("title") or "")))
    pp, pr, pf = _prf(len(pol), len(p_pol), len(g_pol))
    issuer_ok = sum(1 for g, p in pol if g.get("issuer") == p.get("issuer"))
    return {
        "facts_strict_p": sp, "facts_strict_r": sr, "facts_strict_f": sf,
        "facts_loose_p": lp, "facts_loose_r": lr, "facts_loose_f": lf,
        "facts_indicator_agreement": same_indicator / len(strict) if strict else 0.0,
        "growth_acc": growth_ok / len(with_growth) if with_growth else 0.0,
        "growth_n": len(with_growth),
        "rank_acc": rank_ok / len(with_rank) if with_rank else 0.0,
        "rank_n": len(with_rank),
        "policy_p": pp, "policy_r": pr, "policy_f": pf,
        "policy_issuer_acc": issuer_ok / len(pol) if pol else 0.0,
        "gold_indicator_facts": len(g_ind), "predicted_indicator_facts": len(p_ind),
        "gold_policy_facts": len(g_pol), "predicted_policy_facts": len(p_pol),
    }


def evaluate_facts(nlp, records, gold_path) -> dict:
    """Facts predicted on the split's paragraphs (with their section context) against hand-written gold facts."""
    import json

    from ipie.corpus.context import section_contexts
    from ipie.facts.assemble import CONTEXT_KEY, assemble_facts

    if gold_path is None or not gold_path.exists():
        raise FileNotFoundError(f"no gold facts at {gold_path}")
    ids = {r.id for r in records}
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [g for g in gold if g.get("para") in ids]
    contexts = section_contexts(records)
    docs = []
    for r in records:
        doc = nlp.make_doc(r.text)
        doc.user_data[CONTEXT_KEY] = contexts[r.id]
        docs.append(doc)
    skip = model_only(nlp)
    predicted = [fact.to_json() for doc in nlp.pipe(docs, disable=skip) for fact in assemble_facts(doc)]
    return score_facts(gold, predicted)


def format_report(metrics: dict) -> str:
    lines = []
    if "ents_f" in metrics:
        lines.append(f"entities   P {metrics['ents_p']:.3f}  R {metrics['ents_r']:.3f}  F {metrics['ents_f']:.3f}")
        for label, prf in (metrics.get("ents_per_type") or {}).items():
            lines.append(f"  {label:10s} P {prf['p']:.3f}  R {prf['r']:.3f}  F {prf['f']:.3f}")
        lines.append(f"relations (end to end)  P {metrics['rel_micro_p']:.3f}  R {metrics['rel_micro_r']:.3f}  F {metrics['rel_micro_f']:.3f}")
        for label, prf in metrics.get("rel_per_type", {}).items():
            lines.append(f"  {label:10s} P {prf['p']:.3f}  R {prf['r']:.3f}  F {prf['f']:.3f}")
        lines.append(
            f"relations (gold entities)  P {metrics['rel_gold_ents_micro_p']:.3f}  R {metrics['rel_gold_ents_micro_r']:.3f}"
            f"  F {metrics['rel_gold_ents_micro_f']:.3f}"
        )
        lines.append("commonest errors:")
        lines += [f"  {n:3d}  {what}" for what, n in metrics.get("common_errors", [])]
    if "facts_strict_f" in metrics:
        lines.append(
            f"facts strict P {metrics['facts_strict_p']:.3f} R {metrics['facts_strict_r']:.3f} F {metrics['facts_strict_f']:.3f}"
            f" | loose F {metrics['facts_loose_f']:.3f} | indicator agreement {metrics['facts_indicator_agreement']:.3f}"
            f" | growth acc {metrics['growth_acc']:.3f} (n={metrics['growth_n']})"
            f" | rank acc {metrics['rank_acc']:.3f} (n={metrics['rank_n']})"
            f" | policy P {metrics['policy_p']:.3f} R {metrics['policy_r']:.3f} F {metrics['policy_f']:.3f}"
            f" (issuer right on {metrics['policy_issuer_acc']:.3f} of matched titles)"
        )
    return "\n".join(lines)
