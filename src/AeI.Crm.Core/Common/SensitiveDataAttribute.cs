namespace AeI.Crm.Common;

/// <summary>
/// Marks special-category or judicial data (GDPR art. 9 and 10). Only the mediators of the
/// person's caseload may read it; view models for every other role must not carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class SensitiveDataAttribute : Attribute;
