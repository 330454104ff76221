"""A rule set's classification tree from its documents: the full tree of sectors, groups and
product sets (:func:`classification`), or the summary some rule sets give instead
(:func:`summary`). Part of :mod:`ocop.rules.build`, which offers :func:`classification` too."""

from __future__ import annotations

from ocop.errors import Problem
from ocop.i18n import _
from ocop.model.classification import Classification, Group, Ministry, ProductSet, Sector
from ocop.rules import format as f

__all__ = ["classification", "summary"]


def classification(doc: f.ClassificationDoc) -> Classification:
    """The classification tree of a document (its numbering is checked on the model)."""
    sectors = tuple(
        Sector(
            s.code,
            s.label_vi,
            s.label_en,
            tuple(
                Group(
                    g.code,
                    g.label_vi,
                    g.label_en,
                    tuple(
                        ProductSet(
                            number=p.number,
                            label_vi=p.label_vi,
                            label_en=p.label_en,
                            sector=s.code,
                            group=g.code,
                            subgroup_vi=p.subgroup_vi,
                            subgroup_en=p.subgroup_en,
                            lead_ministries=tuple(Ministry(m.vi, m.en) for m in p.lead_ministries),
                        )
                        for p in g.product_sets
                    ),
                )
                for g in s.groups
            ),
        )
        for s in doc.sectors
    )
    count = sum(len(g.product_sets) for s in sectors for g in s.groups)
    return Classification(
        sectors=sectors,
        source=doc.source,
        group_count=sum(len(s.groups) for s in sectors),
        set_count=count,
        note=doc.note,
        assumed=doc.assumed,
    )


def summary(doc: f.ClassificationSummaryDoc, problems: list[Problem]) -> Classification:
    """An incomplete tree from a rule set's summary: its sectors, numbered I to X, without
    groups; a summary that cannot be held adds its problems to ``problems``."""
    if len(doc.sectors_vi) != len(doc.sectors_en):
        problems.append(
            Problem(
                "classification_summary",
                _("số tên ngành tiếng Việt và tiếng Anh khác nhau"),
            )
        )
    codes = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
    given = max(len(doc.sectors_vi), len(doc.sectors_en))
    if given > len(codes):
        problems.append(
            Problem(
                "classification_summary",
                _("tối đa {limit} ngành (I đến X), có {count}", limit=len(codes), count=given),
            )
        )
    sectors = tuple(
        Sector(code=roman, label_vi=vi, label_en=en, groups=())
        for roman, vi, en in zip(codes, doc.sectors_vi, doc.sectors_en, strict=False)
    )
    return Classification(
        sectors=sectors,
        complete=False,
        group_count=doc.groups,
        set_count=doc.product_sets,
        note=doc.note,
    )
