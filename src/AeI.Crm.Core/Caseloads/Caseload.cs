namespace AeI.Crm.Caseloads;

/// <summary>A public service whose job seekers the cooperative follows (CeLAV, NIL, SIL...).</summary>
public class Caseload
{
    public int Id { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public bool IsActive { get; set; } = true;
}
