using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;
using Microsoft.OData;
using Microsoft.OData.UriParser;

namespace AeI.Crm.Web.OData;

/// <summary>
/// The feed's query limits in one place: pages of <see cref="RowsPerPage"/> rows, $top at most
/// <see cref="MaxTopValue"/> — also inside an $expand, which [EnableQuery]'s MaxTop alone does not bound —,
/// one level of $expand, and a bounded expression size. A request over a limit gets 400 with an OData error.
/// </summary>
public sealed class FeedQueryAttribute : EnableQueryAttribute
{
    public const int RowsPerPage = 1000;
    public const int MaxTopValue = 5000;

    private static readonly string[] MessageKeys = ["Message", "ExceptionMessage"];

    public FeedQueryAttribute()
    {
        PageSize = RowsPerPage;
        MaxTop = MaxTopValue;
        MaxSkip = 10_000_000;
        MaxExpansionDepth = 1;
        MaxNodeCount = 200;
        MaxAnyAllExpressionDepth = 2;
        MaxOrderByNodeCount = 5;
        AllowedQueryOptions = AllowedQueryOptions.Filter | AllowedQueryOptions.Select | AllowedQueryOptions.Expand | AllowedQueryOptions.OrderBy
            | AllowedQueryOptions.Top | AllowedQueryOptions.Skip | AllowedQueryOptions.Count | AllowedQueryOptions.Apply | AllowedQueryOptions.SkipToken
            | AllowedQueryOptions.Format;
        EnsureStableOrdering = true;
        HandleNullPropagation = HandleNullPropagationOption.False;
    }

    public override void ValidateQuery(HttpRequest request, ODataQueryOptions queryOptions)
    {
        ArgumentNullException.ThrowIfNull(queryOptions);
        base.ValidateQuery(request, queryOptions);
        if (queryOptions.SelectExpand?.SelectExpandClause is { } clause)
        {
            CheckNested(clause);
        }
    }

    public override void OnActionExecuting(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext actionExecutingContext)
    {
        ArgumentNullException.ThrowIfNull(actionExecutingContext);
        base.OnActionExecuting(actionExecutingContext);
        actionExecutingContext.Result = Sanitise(actionExecutingContext.Result);
    }

    public override void OnActionExecuted(Microsoft.AspNetCore.Mvc.Filters.ActionExecutedContext actionExecutedContext)
    {
        ArgumentNullException.ThrowIfNull(actionExecutedContext);
        base.OnActionExecuted(actionExecutedContext);
        actionExecutedContext.Result = Sanitise(actionExecutedContext.Result);
    }

    /// <summary>An OData error keeps its messages; the exception's type and stack trace, which the default adds, go.</summary>
    private static Microsoft.AspNetCore.Mvc.IActionResult? Sanitise(Microsoft.AspNetCore.Mvc.IActionResult? result)
    {
        if (result is not Microsoft.AspNetCore.Mvc.ObjectResult { Value: Microsoft.AspNetCore.Mvc.SerializableError details } objectResult)
        {
            return result;
        }

        var message = string.Join(' ', MessageKeys
            .Select(k => details.TryGetValue(k, out var v) ? v as string : null)
            .Where(v => !string.IsNullOrEmpty(v)));
        return new Microsoft.AspNetCore.Mvc.ObjectResult(new ODataError { Code = "BadRequest", Message = message })
        {
            StatusCode = objectResult.StatusCode ?? StatusCodes.Status400BadRequest,
        };
    }

    private static void CheckNested(SelectExpandClause clause)
    {
        foreach (var item in clause.SelectedItems.OfType<ExpandedNavigationSelectItem>())
        {
            if (item.TopOption > MaxTopValue)
            {
                throw new ODataException($"Il $top dentro $expand ({item.TopOption}) supera il massimo consentito ({MaxTopValue}).");
            }

            if (item.SelectAndExpand is { } nested)
            {
                CheckNested(nested);
            }
        }
    }
}
