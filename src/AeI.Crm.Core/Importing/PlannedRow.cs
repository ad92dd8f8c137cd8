namespace AeI.Crm.Importing;

/// <summary>Why a row is not simply new.</summary>
public enum DuplicateKind
{
    None = 0,

    /// <summary>A company with the same VAT number is in the CRM (or earlier in the file).</summary>
    SameVat = 1,

    /// <summary>A company with a similar name is in the same comune.</summary>
    SimilarName = 2,

    /// <summary>The same row was imported before (this file or another).</summary>
    AlreadyImported = 3,

    /// <summary>The same activity (company, day, type, note) is already in the history.</summary>
    SameActivity = 4,

    /// <summary>A person with the same surname, name and birth year is in the caseload (or earlier in the file).</summary>
    SamePerson = 5,
}

/// <summary>What will happen (preview) or happened (run) to one row, and why.</summary>
public sealed class PlannedRow
{
    public int Line { get; init; }

    public RowOutcome Outcome { get; init; }

    public string Label { get; init; } = "";

    /// <summary>The reasons, the corrections made, the record merged into, in Italian.</summary>
    public string? Reason { get; set; }

    public DuplicateKind Duplicate { get; init; }

    /// <summary>The record in the CRM the row matches (0 when it is created earlier in the same file).</summary>
    public int? ExistingId { get; init; }

    public string? ExistingName { get; init; }

    /// <summary>Whether the user may choose another action for this row (a possible duplicate).</summary>
    public bool Choosable => Duplicate is DuplicateKind.SameVat or DuplicateKind.SimilarName or DuplicateKind.SamePerson;

    /// <summary>The row's key, once it is imported.</summary>
    public string? Key { get; init; }

    /// <summary>The kind's own work for the row (the read row, the target).</summary>
    internal object? Work { get; init; }

    /// <summary>The row as the preview shows it, without the work kept for saving it.</summary>
    internal PlannedRow Shown() => Work is null ? this : new PlannedRow
    {
        Line = Line, Outcome = Outcome, Label = Label, Reason = Reason, Duplicate = Duplicate, ExistingId = ExistingId, ExistingName = ExistingName, Key = Key,
    };
}
