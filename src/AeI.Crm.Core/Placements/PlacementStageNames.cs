namespace AeI.Crm.Placements;

/// <summary>The stages as users call them (Italian), for messages and labels.</summary>
public static class PlacementStageNames
{
    public static string Italian(PlacementStage stage) => stage switch
    {
        PlacementStage.Proposed => "Proposto",
        PlacementStage.CvSent => "CV inviato",
        PlacementStage.Interview => "Colloquio",
        PlacementStage.Internship => "Tirocinio",
        PlacementStage.Hired => "Assunto",
        PlacementStage.NotSelected => "Non selezionato",
        PlacementStage.Withdrawn => "Ritirato",
        _ => stage.ToString(),
    };
}
