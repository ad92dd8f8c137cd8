namespace AeI.Crm.Placements;

public enum PlacementStage
{
    Proposed = 1,
    CvSent = 2,
    Interview = 3,
    Internship = 4,
    Hired = 5,
    NotSelected = 6,
    Withdrawn = 7,
}
