namespace AeI.Crm.Candidates;

/// <summary>The target groups as users call them (Italian), for pages, reports and exports.</summary>
public static class TargetGroupNames
{
    public static string Of(TargetGroup group) => group switch
    {
        TargetGroup.Refugee => "Rifugiato/a o titolare di protezione",
        TargetGroup.Migrant => "Persona migrante",
        TargetGroup.ExDetainee => "Persona (ex) detenuta",
        TargetGroup.Neet => "Giovane NEET",
        TargetGroup.WomanLeavingViolence => "Donna in uscita da violenza",
        TargetGroup.Disability => "Persona con disabilità",
        TargetGroup.LongTermUnemployed => "Disoccupato/a di lunga durata",
        _ => "Nessuno",
    };
}
