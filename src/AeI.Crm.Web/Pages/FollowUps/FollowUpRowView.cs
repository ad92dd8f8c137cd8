using AeI.Crm.Web.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace AeI.Crm.Web.Pages.FollowUps;

/// <summary>What one row of "Le mie attività" needs.</summary>
public sealed record FollowUpRowView(FollowUpItem Item, DateOnly Today, bool PersonVisible, IReadOnlyList<SelectListItem> Colleagues, IStringLocalizer<UiText> T);
