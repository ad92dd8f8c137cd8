using AeI.Crm.Common;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;

namespace AeI.Crm.Candidates;

/// <summary>A language and its CEFR level; ISO 639-1 code.</summary>
public class LanguageSkill
{
    public string Code { get; set; } = "";

    public CefrLevel Level { get; set; }
}
