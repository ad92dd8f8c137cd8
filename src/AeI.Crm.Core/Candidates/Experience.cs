namespace AeI.Crm.Candidates;

/// <summary>A past job or internship.</summary>
public class Experience
{
    public string Role { get; set; } = "";

    public string? Sector { get; set; }

    public decimal Years { get; set; }

    public string? Description { get; set; }

    public bool WasInternship { get; set; }
}
