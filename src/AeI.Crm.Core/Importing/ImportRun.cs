namespace AeI.Crm.Importing;

/// <summary>What a file brings in.</summary>
public enum ImportKind
{
    Companies = 1,
    Activities = 2,
    People = 3,
}

public enum ImportStatus
{
    /// <summary>Uploaded; the user maps the columns and reads the preview.</summary>
    Draft = 1,

    /// <summary>Confirmed and waiting for the background job.</summary>
    Queued = 2,

    Running = 3,

    Completed = 4,

    /// <summary>The file could not be read any more (e.g. it was removed); nothing half-done stays.</summary>
    Failed = 5,

    /// <summary>Abandoned at the preview.</summary>
    Cancelled = 6,
}

/// <summary>
/// One upload of a file and, once confirmed, its run: who, when, which file (name and SHA-256), how
/// its columns were read, what to do with duplicates, how far the run got and what it did. Every
/// row's result is an <see cref="ImportRowResult"/>; the run commits in batches, each with the
/// results of its rows and <see cref="ProcessedRows"/>, so a run stopped anywhere resumes where its
/// last batch ended.
/// </summary>
public class ImportRun : Common.IVersioned
{
    public int Id { get; set; }

    public ImportKind Kind { get; set; }

    public ImportStatus Status { get; set; } = ImportStatus.Draft;

    public string UserId { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? StartedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    public string FileName { get; set; } = "";

    /// <summary>SHA-256 of the file's bytes, hex: the same file uploaded again is recognised.</summary>
    public string FileSha256 { get; set; } = "";

    public long FileBytes { get; set; }

    /// <summary>How the file was read, for the user ("CSV, separatore «;», Windows-1252").</summary>
    public string FileDescription { get; set; } = "";

    /// <summary>The 1-based line of the header in the file.</summary>
    public int HeaderLine { get; set; }

    /// <summary>JSON: field key → column index.</summary>
    public string MappingJson { get; set; } = "{}";

    /// <summary>JSON: the headers as read, for the mapping form and to remember a mapping.</summary>
    public string HeadersJson { get; set; } = "[]";

    /// <summary>For a row that has the VAT number of a company already in the CRM.</summary>
    public DuplicateAction SameVat { get; set; } = DuplicateAction.Merge;

    /// <summary>
    /// For a row whose name is like that of a company in the same comune; in a people's import, for a
    /// row with the surname, name and birth year of a person of the caseload.
    /// </summary>
    public DuplicateAction SimilarName { get; set; } = DuplicateAction.Skip;

    /// <summary>JSON: line → action, the user's choices for single rows in the preview.</summary>
    public string RowChoicesJson { get; set; } = "{}";

    /// <summary>People's imports go into one caseload, one the importing mediator follows.</summary>
    public int? CaseloadId { get; set; }

    public int TotalRows { get; set; }

    public int ProcessedRows { get; set; }

    public int Created { get; set; }

    public int Merged { get; set; }

    public int Skipped { get; set; }

    public int Rejected { get; set; }

    /// <summary>Why the run failed, in Italian, for the user.</summary>
    public string? Error { get; set; }

    /// <summary>Bumped on every save: two confirmations of one draft cannot both queue it.</summary>
    public int Version { get; set; }

    public bool IsFinished => Status is ImportStatus.Completed or ImportStatus.Failed or ImportStatus.Cancelled;

    public void Count(RowOutcome outcome)
    {
        switch (outcome)
        {
            case RowOutcome.Created: Created++; break;
            case RowOutcome.Merged: Merged++; break;
            case RowOutcome.Skipped: Skipped++; break;
            case RowOutcome.Rejected: Rejected++; break;
        }
    }
}

/// <summary>What to do with a row that looks like a record already in the CRM.</summary>
public enum DuplicateAction
{
    /// <summary>Fill the existing record's empty fields; never overwrite what is there.</summary>
    Merge = 1,

    Skip = 2,

    /// <summary>Create a new record all the same.</summary>
    Create = 3,
}

public enum RowOutcome
{
    Created = 1,
    Merged = 2,
    Skipped = 3,
    Rejected = 4,
}

/// <summary>What happened to one row of a run, and why, in Italian.</summary>
public class ImportRowResult
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public int Line { get; set; }

    public RowOutcome Outcome { get; set; }

    /// <summary>The row's name for the report (a company's name, a person's initials).</summary>
    public string Label { get; set; } = "";

    public string? Reason { get; set; }

    public int? CompanyId { get; set; }

    public AeI.Crm.Companies.Company? Company { get; set; }

    public int? CandidateId { get; set; }

    public AeI.Crm.Candidates.Candidate? Candidate { get; set; }

    public int? ActivityId { get; set; }

    public AeI.Crm.Activities.Activity? Activity { get; set; }

    /// <summary>
    /// The row's key when it was imported (created or merged): a hash of its kind and normalised
    /// values, unique, so the same row, in this file or another, is never imported twice.
    /// </summary>
    public string? RowKey { get; set; }
}
