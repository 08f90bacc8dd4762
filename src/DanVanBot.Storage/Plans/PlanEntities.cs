using DanVanBot.Domain.Plans;

namespace DanVanBot.Storage.Plans;

/// <summary>An imported plan. <see cref="NaturalKey"/> is what makes a re-import update instead of duplicating.</summary>
internal sealed class PlanEntity
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public required string NaturalKey { get; set; }
    public string? Number { get; set; }
    public string? Issuer { get; set; }
    public string? Locality { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public required string Title { get; set; }
    public int PeriodFromYear { get; set; }
    public int PeriodToYear { get; set; }
    public string? CoordinatorName { get; set; }
    public Guid? CoordinatorUnitId { get; set; }
    public required string SourceText { get; set; }

    /// <summary>SHA-256 of <see cref="SourceText"/>: tells an unchanged re-import from an edited one.</summary>
    public required string ContentHash { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<ObligationEntity> Obligations { get; set; } = [];
}

/// <summary>A duty of a plan. Retired rather than deleted when a re-import drops it, so reports keep their target.</summary>
internal sealed class ObligationEntity
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public int Ordinal { get; set; }
    public required string Description { get; set; }
    public ObligationKind Kind { get; set; }
    public string? Recipient { get; set; }
    public string? Via { get; set; }
    public string? Phrase { get; set; }

    /// <summary>The rule's type name ("YearlyDeadline"), null when the plan states none.</summary>
    public string? RuleKind { get; set; }

    /// <summary>The rule's own fields as JSON; with <see cref="RuleKind"/> it rebuilds the domain rule.</summary>
    public string? RuleData { get; set; }

    /// <summary>The <see cref="Domain.Plans.Deadlines.Cadence"/> flags; null when the duty is not periodic.</summary>
    public int? Cadence { get; set; }

    public bool NeedsDate { get; set; }
    public required string SectionPath { get; set; }

    /// <summary>1-based source line numbers, comma-separated (portable across both engines).</summary>
    public required string SourceLines { get; set; }

    public bool IsRetired { get; set; }
    public List<ObligationUnitEntity> Units { get; set; } = [];
    public List<OccurrenceEntity> Occurrences { get; set; } = [];
}

/// <summary>Which units owe an obligation, in the order the plan lists them.</summary>
internal sealed class ObligationUnitEntity
{
    public Guid ObligationId { get; set; }
    public Guid UnitId { get; set; }
    public int Position { get; set; }
}

/// <summary>
/// One dated (or still undated) instance of an obligation: the thing reminders and reports hang on.
/// Its id is derived from the plan's natural key, the obligation and the label, so it survives re-imports.
/// </summary>
internal sealed class OccurrenceEntity
{
    public Guid Id { get; set; }
    public Guid ObligationId { get; set; }

    /// <summary>Copied from the plan so "what is due for this organisation" is one indexed range scan.</summary>
    public Guid OrganisationId { get; set; }

    public required string Label { get; set; }

    /// <summary>The last allowed day as the plan gives it; null for a cadence without a date.</summary>
    public DateOnly? PlanLastDay { get; set; }

    /// <summary>The day the coordinating office set for an undated duty (or to override the plan's).</summary>
    public DateOnly? AssignedLastDay { get; set; }

    /// <summary><see cref="AssignedLastDay"/> ?? <see cref="PlanLastDay"/>, stored so it can be indexed.</summary>
    public DateOnly? DueOn { get; set; }

    public DateOnly? WindowFrom { get; set; }
    public DateOnly? WindowTo { get; set; }
    public bool IsRetired { get; set; }

    public void Assign(DateOnly? assigned)
    {
        AssignedLastDay = assigned;
        DueOn = assigned ?? PlanLastDay;
    }
}
