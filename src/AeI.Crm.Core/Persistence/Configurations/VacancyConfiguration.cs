using AeI.Crm.Vacancies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AeI.Crm.Persistence.Configurations;

internal sealed class VacancyConfiguration : IEntityTypeConfiguration<Vacancy>
{
    public void Configure(EntityTypeBuilder<Vacancy> builder)
    {
        builder.Property(e => e.SearchName).HasMaxLength(500).IsRequired();
        builder.Property(v => v.Title).HasMaxLength(200).IsRequired();
        builder.Property(v => v.OccupationUri).HasMaxLength(200);
        builder.Property(v => v.OccupationLabel).HasMaxLength(300);
        builder.Property(v => v.Description).HasMaxLength(8000);
        builder.Property(v => v.WorkMunicipalityIstat).HasMaxLength(6);
        builder.Property(v => v.Version).IsConcurrencyToken();
        builder.HasIndex(v => new { v.Status, v.OpenedOn });
        // The funnels read a year's positions (filled, reserved under law 68, company, owner) from this index alone.
        builder.HasIndex(v => new { v.OpenedOn, v.Status, v.Law68Reservation, v.CompanyId, v.OwnerId });
        // An account manager's positions by status and opening date (the home page's numbers), read from the index alone.
        builder.HasIndex(v => new { v.OwnerId, v.Status, v.OpenedOn });
        builder.HasOne(v => v.Company).WithMany(c => c.Vacancies).HasForeignKey(v => v.CompanyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.WorkMunicipality).WithMany().HasForeignKey(v => v.WorkMunicipalityIstat).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.Owner).WithMany().HasForeignKey(v => v.OwnerId).OnDelete(DeleteBehavior.SetNull);
    }
}
