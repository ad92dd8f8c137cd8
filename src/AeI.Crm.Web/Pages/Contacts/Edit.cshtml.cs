using System.ComponentModel.DataAnnotations;
using AeI.Crm.Contacts;
using AeI.Crm.Persistence;
using AeI.Crm.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Web.Pages.Contacts;

[Authorize(Policy = Policies.EditCompanies)]
public class EditModel(CrmDbContext db) : PageModel
{
    [BindProperty]
    public ContactInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public string CompanyName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int? id, int? companyId, CancellationToken ct)
    {
        Id = id;
        if (id is not null)
        {
            var c = await db.Contacts.AsNoTracking().Include(x => x.Company).FirstOrDefaultAsync(x => x.Id == id, ct);
            if (c is null)
            {
                return NotFound();
            }

            CompanyName = c.Company!.LegalName;
            Input = new ContactInput { CompanyId = c.CompanyId, FullName = c.FullName, Role = c.Role, Email = c.Email, Phone = c.Phone, ConsentToContact = c.ConsentToContact, Version = c.Version };
            return Page();
        }

        var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == companyId, ct);
        if (company is null)
        {
            return NotFound();
        }

        CompanyName = company.LegalName;
        Input = new ContactInput { CompanyId = company.Id };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        Id = id;
        var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Id == Input.CompanyId, ct);
        if (company is null)
        {
            return NotFound();
        }

        CompanyName = company.LegalName;
        var phone = PhoneNumberNormalizer.ToE164(Input.Phone);
        if (!string.IsNullOrWhiteSpace(Input.Phone) && phone is null)
        {
            ModelState.AddModelError("Input.Phone", "Il numero di telefono non è valido (ad esempio 02 1234567 o +39 333 1234567).");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Contact contact;
        if (id is null)
        {
            contact = new Contact { CompanyId = company.Id };
            db.Contacts.Add(contact);
        }
        else
        {
            var existing = await db.Contacts.FirstOrDefaultAsync(c => c.Id == id && c.CompanyId == company.Id, ct);
            if (existing is null)
            {
                // Deleted meanwhile, or an id that never existed: the Italian 404 page, not a server error.
                return NotFound();
            }

            contact = existing;
            db.ExpectVersion(contact, Input.Version);
        }

        contact.FullName = Input.FullName.Trim();
        contact.Role = Input.Role?.Trim();
        contact.Email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim();
        contact.Phone = phone;
        contact.ConsentToContact = Input.ConsentToContact;
        if (!await db.SaveUnlessConflictAsync(ct))
        {
            ViewData["Conflict"] = true;
            return Page();
        }

        TempData["Message"] = "Referente salvato.";
        return RedirectToPage("/Companies/Details", new { id = company.Id });
    }

    public sealed class ContactInput
    {
        public int CompanyId { get; set; }

        [Required(ErrorMessage = "Il nome del referente è obbligatorio.")]
        [StringLength(120, ErrorMessage = "Il nome può avere al massimo 120 caratteri.")]
        public string FullName { get; set; } = "";

        [StringLength(120, ErrorMessage = "Il ruolo può avere al massimo 120 caratteri.")]
        public string? Role { get; set; }

        [EmailAddress(ErrorMessage = "L'indirizzo e-mail non è valido.")]
        [StringLength(254, ErrorMessage = "L'e-mail è troppo lunga.")]
        public string? Email { get; set; }

        public string? Phone { get; set; }

        public bool ConsentToContact { get; set; }

        public int Version { get; set; }
    }
}
