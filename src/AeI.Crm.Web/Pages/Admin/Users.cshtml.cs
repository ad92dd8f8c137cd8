using System.ComponentModel.DataAnnotations;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using AeI.Crm.Web.Accounts;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Admin;

/// <summary>
/// Users: create, edit name, role and caseloads, disable, unlock, reset the password. Every change
/// of what a user may do renews their security stamp, which ends their open sessions.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public class UsersModel(CrmDbContext db, UserManager<CrmUser> users, CurrentUser me, TimeProvider clock, ILogger<UsersModel> logger) : PageModel
{
    public sealed record UserRow(string Id, string Email, string FullName, string Role, string Caseloads, IReadOnlySet<int> CaseloadIds, bool IsActive, bool LockedOut);

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> AllCaseloads { get; private set; } = [];

    /// <summary>The new-user form (bound by its own handler only, so other forms are not validated against it).</summary>
    public NewUser Input { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync([Bind(Prefix = "Input")] NewUser input, CancellationToken ct)
    {
        Input = input ?? throw new ArgumentNullException(nameof(input));
        var caseloads = await ValidCaseloadsAsync(Input.CaseloadIds, ct);
        CheckRoleAndCaseloads("Input", Input.Role, caseloads);
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The administrator knows this password: the user chooses their own at the first sign-in.
        var user = new CrmUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim(), EmailConfirmed = true, FullName = Input.FullName.Trim(), MustChangePassword = true };
        var result = await users.CreateAsync(user, Input.Password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Input.Role);
        }

        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.Email", e.Description);
            }

            await LoadAsync(ct);
            return Page();
        }

        if (Input.Role == Roles.Mediator)
        {
            db.CaseloadMemberships.AddRange(caseloads.Select(id => new CaseloadMembership { UserId = user.Id, CaseloadId = id }));
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        logger.LogInformation("Admin {Admin} created user {User} with role {Role}", me.Id, user.Id, Input.Role);
        TempData["Message"] = $"Utente {user.Email} creato. Al primo accesso dovrà scegliere una sua password.";
        return RedirectToPage();
    }

    /// <summary>Name, role and caseloads of a user, in one save.</summary>
    public async Task<IActionResult> OnPostEditAsync(string id, [Bind(Prefix = "Edit")] EditUser edit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var caseloads = await ValidCaseloadsAsync(edit.CaseloadIds, ct);
        CheckRoleAndCaseloads("Edit", edit.Role, caseloads);
        var currentRoles = await users.GetRolesAsync(user);
        if (currentRoles.Contains(Roles.Admin) && edit.Role != Roles.Admin)
        {
            if (user.Id == me.Id)
            {
                ModelState.AddModelError("edit.Role", "Non puoi togliere a te stesso il ruolo di amministratore.");
            }
            else if (await IsLastActiveAdminAsync(user, ct))
            {
                ModelState.AddModelError("edit.Role", "È l'ultimo amministratore attivo: nomina prima un altro amministratore.");
            }
        }

        if (!ModelState.IsValid)
        {
            TempData["Message"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToPage();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        user.FullName = edit.FullName.Trim();
        if (!currentRoles.SequenceEqual([edit.Role]))
        {
            await users.RemoveFromRolesAsync(user, currentRoles);
            await users.AddToRoleAsync(user, edit.Role);
        }

        db.CaseloadMemberships.RemoveRange(db.CaseloadMemberships.Where(m => m.UserId == id));
        db.CaseloadMemberships.AddRange((edit.Role == Roles.Mediator ? caseloads : []).Select(c => new CaseloadMembership { UserId = id, CaseloadId = c }));
        await db.SaveChangesAsync(ct);
        // What the user may see changed: their open sessions end.
        await users.UpdateSecurityStampAsync(user);
        await tx.CommitAsync(ct);
        logger.LogInformation("Admin {Admin} set user {User} to role {Role}, caseloads {Caseloads}", me.Id, user.Id, edit.Role, string.Join(",", caseloads));
        TempData["Message"] = $"Utente {user.Email} aggiornato.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCaseloadsAsync(string id, List<int> caseloadIds, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!await users.IsInRoleAsync(user, Roles.Mediator))
        {
            TempData["Message"] = "Solo i mediatori appartengono a dei servizi.";
            return RedirectToPage();
        }

        var valid = await ValidCaseloadsAsync(caseloadIds ?? [], ct);
        if (valid.Count == 0)
        {
            TempData["Message"] = "Un mediatore deve appartenere ad almeno un servizio: nulla è stato cambiato.";
            return RedirectToPage();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.CaseloadMemberships.RemoveRange(db.CaseloadMemberships.Where(m => m.UserId == id));
        db.CaseloadMemberships.AddRange(valid.Select(c => new CaseloadMembership { UserId = id, CaseloadId = c }));
        await db.SaveChangesAsync(ct);
        await users.UpdateSecurityStampAsync(user);
        await tx.CommitAsync(ct);
        logger.LogInformation("Admin {Admin} set the caseloads of {User} to {Caseloads}", me.Id, user.Id, string.Join(",", valid));
        TempData["Message"] = $"Servizi di {user.Email} aggiornati.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostToggleAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.IsActive && user.Id == me.Id)
        {
            TempData["Message"] = "Non puoi disattivare te stesso.";
            return RedirectToPage();
        }

        if (user.IsActive && await users.IsInRoleAsync(user, Roles.Admin) && await IsLastActiveAdminAsync(user, ct))
        {
            TempData["Message"] = "È l'ultimo amministratore attivo: non può essere disattivato.";
            return RedirectToPage();
        }

        user.IsActive = !user.IsActive;
        // A new stamp saves the change and ends the user's open sessions at their next request.
        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("Admin {Admin} {Action} user {User}", me.Id, user.IsActive ? "enabled" : "disabled", user.Id);
        TempData["Message"] = user.IsActive ? "Utente riattivato." : "Utente disattivato: le sue sessioni aperte sono state chiuse.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Message"] = "Utente sbloccato.";
        return RedirectToPage();
    }

    /// <summary>Sets a temporary password the user must change at the next sign-in; ends their sessions.</summary>
    public async Task<IActionResult> OnPostResetPasswordAsync(string id, string? newPassword, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (string.IsNullOrEmpty(newPassword))
        {
            TempData["Message"] = "Indica la password temporanea.";
            return RedirectToPage();
        }

        user.MustChangePassword = true;
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
        {
            TempData["Message"] = "Password non impostata: " + string.Join(" ", result.Errors.Select(e => e.Description));
            return RedirectToPage();
        }

        logger.LogInformation("Admin {Admin} reset the password of {User}", me.Id, user.Id);
        TempData["Message"] = $"Password temporanea impostata per {user.Email}: al prossimo accesso dovrà sceglierne una sua.";
        return RedirectToPage();
    }

    private async Task<List<int>> ValidCaseloadsAsync(List<int> ids, CancellationToken ct) =>
        await db.Caseloads.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);

    private void CheckRoleAndCaseloads(string prefix, string role, List<int> caseloads)
    {
        if (!Roles.All.Contains(role))
        {
            ModelState.AddModelError($"{prefix}.Role", "Ruolo non valido.");
        }
        else if (role == Roles.Mediator && caseloads.Count == 0)
        {
            ModelState.AddModelError($"{prefix}.CaseloadIds", "Un mediatore deve appartenere ad almeno un servizio.");
        }
    }

    private async Task<bool> IsLastActiveAdminAsync(CrmUser user, CancellationToken ct)
    {
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        return !admins.Any(a => a.Id != user.Id && a.IsActive);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var roleNames = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var memberships = await db.CaseloadMemberships.Select(m => new { m.UserId, m.CaseloadId, m.Caseload!.Code }).ToListAsync(ct);
        var list = await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct);
        Rows = list.Select(u => new UserRow(
            u.Id,
            u.Email ?? "",
            u.FullName,
            roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name).FirstOrDefault() ?? "",
            string.Join(", ", memberships.Where(m => m.UserId == u.Id).Select(m => m.Code)),
            memberships.Where(m => m.UserId == u.Id).Select(m => m.CaseloadId).ToHashSet(),
            u.IsActive,
            u.LockoutEnd > now)).ToList();
        AllCaseloads = (await db.Caseloads.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();
    }

    public sealed class NewUser
    {
        [Required(ErrorMessage = "Indica l'e-mail.")]
        [EmailAddress(ErrorMessage = "L'e-mail non è valida.")]
        [StringLength(256, ErrorMessage = "L'e-mail è troppo lunga.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Indica nome e cognome.")]
        [StringLength(120, ErrorMessage = "Il nome può avere al massimo 120 caratteri.")]
        public string FullName { get; set; } = "";

        [Required(ErrorMessage = "Scegli il ruolo.")]
        public string Role { get; set; } = Roles.AccountManager;

        public List<int> CaseloadIds { get; set; } = [];

        [Required(ErrorMessage = "Indica una password iniziale.")]
        [StringLength(CommonPasswordValidator.MaximumLength, MinimumLength = AccountRules.MinimumPasswordLength, ErrorMessage = "La password deve avere da 12 a 128 caratteri.")]
        public string Password { get; set; } = "";
    }

    public sealed class EditUser
    {
        [Required(ErrorMessage = "Indica nome e cognome.")]
        [StringLength(120, ErrorMessage = "Il nome può avere al massimo 120 caratteri.")]
        public string FullName { get; set; } = "";

        [Required(ErrorMessage = "Scegli il ruolo.")]
        public string Role { get; set; } = "";

        public List<int> CaseloadIds { get; set; } = [];
    }
}
