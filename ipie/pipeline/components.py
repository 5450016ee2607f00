"""Importing this module registers every ipie component and architecture with spaCy."""
from ipie import baseline  # noqa: F401
from ipie.pipeline import facts_component, lexicon, relation_model, relations, tokenizer, words  # noqa: F401
