"""What a rule set decides beyond its numbers: how marks combine with a total, and who
recognises the top class.

The law gives bands and star marks; it does not say in so many words how the two combine, nor
how a council's average meets a mark. A rule set therefore carries its **interpretation** (an
id and a text in both languages, named in every result) and its **policy**: which classes carry
star marks, whether the top class is recognised only by a central council, and whether a
provincial score in the top band makes a "potential" top class. OCOP's policy is data of the
OCOP rule sets (``ruleset.json``); a rule set of one's own states its own, and when it states
none it gets :func:`generic_policy`, whose wording speaks of no programme in particular.

    >>> import ocop
    >>> policy = ocop.rules.get("26/2026").policy
    >>> [int(s) for s in policy.mark_levels], policy.top_class_central, policy.potential_top
    ([3, 4, 5], True, True)
    >>> policy.interpretation.id
    'ocop.star-marks/1'
"""

from __future__ import annotations

from attrs import field, frozen

from ocop.i18n import _, check_locale
from ocop.model.stars import StarClass


def _levels(value: tuple[int, ...] | list[int]) -> tuple[StarClass, ...]:
    return tuple(StarClass(v) for v in value)


@frozen
class Interpretation:
    """A documented reading of the rules where their text is silent, in both languages.

    >>> import ocop
    >>> i = ocop.rules.get("26/2026").policy.interpretation
    >>> i.id
    'ocop.star-marks/1'
    >>> i.text_en[:60]
    'The star class is the highest s such that the total reaches '
    """

    #: A stable id, versioned (``"ocop.star-marks/1"``), named in every result.
    id: str
    #: The statement in Vietnamese.
    text_vi: str
    #: The statement in English.
    text_en: str

    def text(self, locale: str = "vi") -> str:
        """The statement in ``locale`` (``"vi"`` or ``"en"``)."""
        return self.text_vi if check_locale(locale) == "vi" else self.text_en


@frozen
class Policy:
    """How a rule set turns a total and its star marks into a class, and who recognises it.

    - ``interpretation``: the statement of the star rule as this rule set reads it.
    - ``mark_levels``: the classes whose minimum requirements are printed as star marks.
    - ``top_class_central``: only a central council recognises the top class.
    - ``potential_top``: a lower council's score in the top class is a *potential* top class
      (*tiềm năng 5 sao* in OCOP), to be decided by the central council.
    - ``other_interpretations``: further readings the rule set relies on (the food-safety gate,
      integer bands applied as half-open intervals …).
    - ``source``: where the policy comes from (an article, a footer, or the library's reading).

    >>> import ocop
    >>> policy = ocop.rules.get("26/2026").policy
    >>> [int(s) for s in policy.mark_levels]
    [3, 4, 5]
    >>> policy.top_class_central, policy.potential_top
    (True, True)
    """

    #: The statement of the star rule as this rule set reads it.
    interpretation: Interpretation
    #: The classes whose minimum requirements are printed as star marks (3, 4, 5).
    mark_levels: tuple[StarClass, ...] = field(converter=_levels)
    #: True when only a central council recognises the top class.
    top_class_central: bool = False
    #: True when a lower council's top-class score is a *potential* top class.
    potential_top: bool = False
    #: Further readings the rule set relies on; empty when none.
    other_interpretations: tuple[Interpretation, ...] = ()
    #: Where the policy comes from; empty when not said.
    source: str = ""

    @property
    def interpretations(self) -> tuple[Interpretation, ...]:
        """Every interpretation of the rule set, the star rule first."""
        return (self.interpretation, *self.other_interpretations)


GENERIC_INTERPRETATION_ID = "ocop.engine.star-marks/1"


def generic_interpretation() -> Interpretation:
    """The star rule in words that name no programme: used by rule sets that state none."""
    statement = _(
        "Hạng là hạng cao nhất s mà tổng điểm đạt khoảng điểm của hạng s và mọi dấu của các hạng "
        "không cao hơn s đều đạt (dấu trên một phương án nghĩa là phải đạt ít nhất phương án "
        "đó). Với hội đồng, tổng điểm là trung bình cộng chính xác tổng điểm của các thành viên, "
        "và dấu được xét trên điểm trung bình của các thành viên cho tiêu chí đó.",
    )
    return Interpretation(GENERIC_INTERPRETATION_ID, statement.text("vi"), statement.text("en"))


def generic_policy(classes: int) -> Policy:
    """The policy of a rule set with ``classes`` classes that states none: marks may name any
    class from 2 up, and every council recognises every class."""
    return Policy(
        interpretation=generic_interpretation(),
        mark_levels=tuple(range(2, classes + 1)),
    )
