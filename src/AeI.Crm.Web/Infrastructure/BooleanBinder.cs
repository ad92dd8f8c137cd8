using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace AeI.Crm.Web.Infrastructure;

/// <summary>
/// Binds yes/no fields. A value that is not a yes or no ("maybe") becomes an Italian message beside
/// the field, and the form is shown again unticked: the default binder keeps the raw text, which the
/// checkbox tag helper cannot render (a server error).
/// </summary>
public sealed class BooleanBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        var text = result.FirstValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = bindingContext.ModelMetadata.IsReferenceOrNullableType ? ModelBindingResult.Success(null) : ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        if (bool.TryParse(text.Trim(), out var value))
        {
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
            bindingContext.Result = ModelBindingResult.Success(value);
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, rawValue: false, attemptedValue: "false");
        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, "Indica sì o no.");
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}

public sealed class BooleanBinderProvider : IModelBinderProvider
{
    private static readonly BooleanBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType) == typeof(bool) ? Binder : null;
    }
}
