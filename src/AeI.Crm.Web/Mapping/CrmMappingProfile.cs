using AeI.Crm.Activities;
using AeI.Crm.Candidates;
using AeI.Crm.Companies;
using AeI.Crm.Contacts;
using AeI.Crm.FollowUps;
using AeI.Crm.Placements;
using AeI.Crm.Vacancies;
using AeI.Crm.Web.Pages.Candidates;
using AeI.Crm.Web.Pages.Companies;
using AeI.Crm.Web.Pages.FollowUps;
using AeI.Crm.Web.Pages.Placements;
using AeI.Crm.Web.Pages.Vacancies;
using AutoMapper;

namespace AeI.Crm.Web.Mapping;

/// <summary>
/// Entity → view model maps, used for reads only (ProjectTo builds the SQL SELECT). Candidate
/// maps never carry sensitive fields: those are read by a separate, access-checked query.
/// </summary>
public sealed class CrmMappingProfile : Profile
{
    public CrmMappingProfile()
    {
        CreateMap<Company, CompanyListItem>();
        CreateMap<Company, CompanyView>().ForMember(v => v.Quota, o => o.Ignore());
        CreateMap<Contact, ContactView>();
        CreateMap<Activity, ActivityView>();
        CreateMap<Vacancy, VacancyListItem>().ForMember(v => v.PlacementsCount, o => o.MapFrom(v => v.Placements.Count));
        CreateMap<Vacancy, VacancyView>();
        CreateMap<Candidate, CandidateListItem>();
        CreateMap<Candidate, CandidateView>()
            .ForMember(v => v.FullName, o => o.MapFrom(c => c.FirstName + " " + c.LastName));
        CreateMap<Placement, PlacementCard>()
            .ForMember(v => v.CandidateFullName, o => o.MapFrom(p => p.Candidate!.FirstName + " " + p.Candidate.LastName));
        CreateMap<FollowUp, FollowUpItem>()
            .ForMember(v => v.PersonLabel, o => o.Ignore());
    }
}
