namespace AeI.Crm.Web.Pages;

/// <summary>One number on the home page, with what it counts and the list behind it.</summary>
public sealed record HomeFigure(string Label, int Value, string? Link, string TestId);
