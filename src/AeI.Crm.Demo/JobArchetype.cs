namespace AeI.Crm.Demo;

/// <summary>
/// A kind of job the cooperative places people in, with the words mediators and companies use
/// for it. Demo vacancies and demo people are both drawn from these, so a demo warehouse worker
/// has warehouse experience, the forklift licence and applies to warehouse positions.
/// </summary>
public sealed record JobArchetype(
    string Title,
    string EscoLabel,
    string Sector,
    string[] AtecoCodes,
    string[] Skills,
    string[] Certificates,
    string[] Licences,
    string[] Duties,
    bool ShiftsTypical,
    bool PartTimeTypical,
    string MinItalian);
