using AeI.Crm.Companies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AeI.Crm.Persistence.Configurations;

internal sealed class CompanyConfiguration : IEntityTypeConfiguration<Company>
{
    public void Configure(EntityTypeBuilder<Company> builder)
    {
        builder.Property(c => c.LegalName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.SearchName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.VatNumber).HasMaxLength(11);
        builder.Property(c => c.FiscalCode).HasMaxLength(16);
        builder.Property(c => c.AtecoCode).HasMaxLength(8);
        builder.Property(c => c.AtecoSection).HasMaxLength(1);
        builder.Property(c => c.Address).HasMaxLength(200);
        builder.Property(c => c.MunicipalityIstat).HasMaxLength(6);
        builder.Property(c => c.CsrNotes).HasMaxLength(4000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.Law68Quota);
        builder.HasIndex(c => c.VatNumber).IsUnique();
        builder.HasIndex(c => c.SearchName);
        builder.HasIndex(c => c.LastContactOn);
        builder.HasIndex(c => new { c.Status, c.SearchName });
        // The filtered list's count (status, province through the comune, no contact since): from the index alone.
        builder.HasIndex(c => new { c.Status, c.MunicipalityIstat, c.LastContactOn });
        builder.HasIndex(c => c.AccountManagerId);
        builder.HasIndex(c => c.AtecoSection);
        // Law 68 figures: the companies with a quota and whether it is covered, without reading the rows.
        builder.HasIndex(c => new { c.Law68QuotaTotal, c.ProtectedWorkersEmployed });
        builder.HasOne(c => c.Municipality).WithMany().HasForeignKey(c => c.MunicipalityIstat).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.AccountManager).WithMany().HasForeignKey(c => c.AccountManagerId).OnDelete(DeleteBehavior.SetNull);
    }
}
