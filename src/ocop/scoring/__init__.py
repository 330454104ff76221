"""The scoring engine: evaluations in, explained scores and advice out."""

from ocop.scoring.engine import classify, score, score_many, score_range
from ocop.scoring.evaluation import NOT_MET, Council, Evaluation
from ocop.scoring.interpretation import Interpretation
from ocop.scoring.result import CriterionResult, MarkCheck, Score, ScoreRange, SubTotal
from ocop.scoring.upgrades import Advice, Upgrade, advice

__all__ = [
    "NOT_MET",
    "Advice",
    "Council",
    "CriterionResult",
    "Evaluation",
    "Interpretation",
    "MarkCheck",
    "Score",
    "ScoreRange",
    "SubTotal",
    "Upgrade",
    "advice",
    "classify",
    "score",
    "score_many",
    "score_range",
]
