"""The scoring engine: evaluations in, explained scores and advice out.

:class:`Engine` owns the tables of one rule set; :func:`score`, :func:`score_many`,
:func:`score_range`, :func:`advice` and :func:`classify` are the front door, backed by one
engine per rule set. The star rule itself is stated once, in :mod:`ocop.scoring.star_rule`.
"""

from ocop.scoring.advice_result import Advice, Upgrade
from ocop.scoring.engine import Engine
from ocop.scoring.evaluation import NOT_MET, Council, Evaluation
from ocop.scoring.front import advice, classify, engine_for, score, score_many, score_range
from ocop.scoring.range import ScoreRange
from ocop.scoring.result import CriterionResult, MarkCheck, Score, SubTotal

__all__ = [
    "NOT_MET",
    "Advice",
    "Council",
    "CriterionResult",
    "Engine",
    "Evaluation",
    "MarkCheck",
    "Score",
    "ScoreRange",
    "SubTotal",
    "Upgrade",
    "advice",
    "classify",
    "engine_for",
    "score",
    "score_many",
    "score_range",
]
