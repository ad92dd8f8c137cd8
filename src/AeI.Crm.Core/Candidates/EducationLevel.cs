namespace AeI.Crm.Candidates;

public enum EducationLevel
{
    None = 0,
    PrimarySchool = 1,
    LowerSecondary = 2,
    VocationalQualification = 3,
    Diploma = 4,
    Degree = 5,
    ForeignNotRecognised = 6,
}
