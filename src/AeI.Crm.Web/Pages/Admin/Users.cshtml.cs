using System.ComponentModel.DataAnnotations;
using AeI.Crm.Persistence;
using AeI.Crm.Users;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Admin;

/// <summary>Users, their role and caseloads; create, lock out, unlock.</summary>
[Authorize(Policy = Policies.Administer)]
public class UsersModel(CrmDbContext db, UserManager<CrmUser> users, TimeProvider clock) : PageModel
{
    public sealed record UserRow(string Id, string Email, string FullName, string Roles, string Caseloads, IReadOnlySet<int> CaseloadIds, bool IsActive, bool LockedOut);

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> AllCaseloads { get; private set; } = [];

    [BindProperty]
    public NewUser Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", "Ruolo non valido.");
        }

        if (Input.Role == Roles.Mediator && Input.CaseloadIds.Count == 0)
        {
            ModelState.AddModelError("Input.CaseloadIds", "Un mediatore deve appartenere ad almeno un servizio.");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = new CrmUser { UserName = Input.Email.Trim(), Email = Input.Email.Trim(), EmailConfirmed = true, FullName = Input.FullName.Trim() };
        var result = await users.CreateAsync(user, Input.Password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Input.Role);
        }

        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError("Input.Email", e.Description);
            }

            await LoadAsync(ct);
            return Page();
        }

        if (Input.Role == Roles.Mediator)
        {
            var valid = await db.Caseloads.Where(c => Input.CaseloadIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
            db.CaseloadMemberships.AddRange(valid.Select(id => new CaseloadMembership { UserId = user.Id, CaseloadId = id }));
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        TempData["Message"] = $"Utente {user.Email} creato.";
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

        var valid = await db.Caseloads.Where(c => caseloadIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
        db.CaseloadMemberships.RemoveRange(db.CaseloadMemberships.Where(m => m.UserId == id));
        db.CaseloadMemberships.AddRange(valid.Select(c => new CaseloadMembership { UserId = id, CaseloadId = c }));
        await db.SaveChangesAsync(ct);
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

        user.IsActive = !user.IsActive;
        await users.UpdateAsync(user);
        TempData["Message"] = user.IsActive ? "Utente riattivato." : "Utente disattivato.";
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
            string.Join(", ", roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name)),
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
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Indica nome e cognome.")]
        [StringLength(120)]
        public string FullName { get; set; } = "";

        [Required(ErrorMessage = "Scegli il ruolo.")]
        public string Role { get; set; } = Roles.AccountManager;

        public List<int> CaseloadIds { get; set; } = [];

        [Required(ErrorMessage = "Indica una password iniziale.")]
        [StringLength(100, MinimumLength = 8, ErrorMessage = "La password deve avere almeno 8 caratteri.")]
        public string Password { get; set; } = "";
    }
}
