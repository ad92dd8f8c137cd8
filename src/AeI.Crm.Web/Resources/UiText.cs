namespace AeI.Crm.Web.Resources;

/// <summary>
/// Marker for the UI's shared string resources. Keys are the Italian texts themselves, so the app
/// reads in Italian without a resource file; a UiText.en.resx translates them for a second language.
/// </summary>
public sealed class UiText;
