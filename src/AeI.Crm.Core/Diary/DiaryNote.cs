using AeI.Crm.Candidates;
using AeI.Crm.Placements;
using AeI.Crm.Users;

namespace AeI.Crm.Diary;

/// <summary>
/// A mediator's dated note on a person (how a meeting went) or on one of the person's placements
/// (interview feedback, what the company said, why "non selezionato"). Personal data: who may read
/// it is <see cref="Access.PeopleAccess.DiaryNotes"/>; it never goes into an e-mail.
/// </summary>
public class DiaryNote
{
    public const int TextLength = 4000;

    public int Id { get; set; }

    public int CandidateId { get; set; }

    public Candidate? Candidate { get; set; }

    /// <summary>Set when the note is about one placement; the note is still the person's.</summary>
    public int? PlacementId { get; set; }

    public Placement? Placement { get; set; }

    public string AuthorId { get; set; } = "";

    public CrmUser? Author { get; set; }

    /// <summary>The day it is about (an interview last week can be written today).</summary>
    public DateOnly On { get; set; }

    public DateTime WrittenAt { get; set; }

    public string Text { get; set; } = "";
}
