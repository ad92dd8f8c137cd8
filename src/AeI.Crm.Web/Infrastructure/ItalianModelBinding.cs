using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace AeI.Crm.Web.Infrastructure;

/// <summary>Model binding messages in Italian (e.g. a date or number that cannot be read).</summary>
public static class ItalianModelBinding
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        ArgumentNullException.ThrowIfNull(p);
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"Il valore «{value}» non è valido per {field}.");
        p.SetMissingBindRequiredValueAccessor(field => $"Manca il valore di {field}.");
        p.SetMissingKeyOrValueAccessor(() => "Valore obbligatorio.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Il modulo è vuoto.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Il valore «{value}» non è valido.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Il valore indicato non è valido.");
        p.SetUnknownValueIsInvalidAccessor(field => $"Il valore indicato non è valido per {field}.");
        p.SetValueIsInvalidAccessor(value => $"Il valore «{value}» non è valido.");
        p.SetValueMustBeANumberAccessor(field => $"{field} deve essere un numero.");
        p.SetValueMustNotBeNullAccessor(value => $"Il campo {value} è obbligatorio.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Il campo deve essere un numero.");
    }
}
