namespace AeI.Crm.Demo;

/// <summary>The companies of the demo: names, VAT numbers, sizes, contacts.</summary>
public sealed partial class DemoSeeder
{
    private List<Company> CreateCompanies()
    {
        const int total = 3900;
        var vatNumbers = new HashSet<string>();
        var milanArea = _municipalities.Where(m => m.ProvinceCode == "MI").ToList();
        var nearby = _municipalities.Where(m => m.ProvinceCode is "MB" or "VA" or "CO" or "PV" or "LO" or "NO").ToList();
        var milano = _municipalities.Single(m => m.Name == "Milano");
        var order = _f.Random.Shuffle(Enumerable.Range(0, total)).ToArray();
        var contacted = order.Take(Demo2020Figures.CompaniesContacted).ToHashSet();
        var visited = order.Take(Demo2020Figures.CompaniesVisited).ToHashSet();
        var companies = new List<Company>(total);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        for (var i = 0; i < total; i++)
        {
            var job = _f.PickOne(JobArchetypes.All);
            var municipality = _f.Random.Double() switch
            {
                < 0.45 => milano,
                < 0.9 => _f.PickRandom(milanArea),
                _ => _f.PickRandom(nearby),
            };
            var company = new Company
            {
                VatNumber = NewVatNumber(vatNumbers),
                AtecoCode = _f.PickRandom(job.AtecoCodes),
                Address = _f.Address.StreetAddress(),
                MunicipalityIstat = municipality.IstatCode,
                AccountManager = _f.PickOne(_users.AccountManagers),
                CreatedAt = new DateTime(2019, 1, 1).AddDays(_f.Random.Int(0, 700)),
                Status = visited.Contains(i)
                    ? _f.Random.Bool(0.6f) ? RelationshipStatus.ActivePartner : RelationshipStatus.Visited
                    : contacted.Contains(i)
                        ? _f.Random.Bool(0.7f) ? RelationshipStatus.Contacted : RelationshipStatus.Dormant
                        : RelationshipStatus.Prospect,
            };
            company.Rename(UniqueName(names, job));
            company.FiscalCode = company.VatNumber;
            company.AtecoSection = AtecoCode.SectionOf(company.AtecoCode)?.ToString();
            company.SetEmployees(_f.Random.Double() switch
            {
                < 0.35 => _f.Random.Int(3, 14),
                < 0.6 => _f.Random.Int(15, 35),
                < 0.72 => _f.Random.Int(36, 50),
                < 0.95 => _f.Random.Int(51, 250),
                _ => _f.Random.Int(251, 1500),
            });
            company.ProtectedWorkersEmployed = company.Law68QuotaTotal == 0 ? 0 : _f.Random.Int(0, company.Law68QuotaTotal);
            if (_f.Random.Bool(0.15f))
            {
                company.CsrNotes = _f.PickRandom(
                    "Bilancio di sostenibilità pubblicato; interesse per progetti di inclusione lavorativa.",
                    "Ha ospitato tirocini in passato; referente HR molto disponibile.",
                    "Convenzione art. 14 in valutazione per la copertura della quota.",
                    "Partecipa al tavolo CSR del Comune di Milano.");
            }

            company.Tags = _f.Random.Bool(0.3f) ? [_f.PickRandom("tirocini", "convenzione art. 14", "CSR", "grande azienda", "stagionale")] : [];
            company.Contacts.AddRange(CreateContacts(company));
            _companyJob[company] = job;
            if (contacted.Contains(i))
            {
                Add2020Activities(company, visited.Contains(i));
            }

            companies.Add(company);
        }

        return companies;
    }

    private IEnumerable<Contact> CreateContacts(Company company)
    {
        var count = _f.Random.Int(1, 3);
        for (var i = 0; i < count; i++)
        {
            var first = _f.Name.FirstName();
            var last = _f.Name.LastName();
            var domain = new string(company.LegalName.ToLowerInvariant().Where(char.IsAsciiLetterLower).Take(14).ToArray());
            yield return new Contact
            {
                FullName = $"{first} {last}",
                Role = _f.PickRandom("Responsabile risorse umane", "Titolare", "Responsabile di produzione", "Office manager", "Referente CSR", "Responsabile di magazzino"),
                Email = $"{Slug(first)}.{Slug(last)}@{domain}.it",
                Phone = PhoneNumberNormalizer.ToE164(_f.Random.Bool() ? $"02 {_f.Random.Int(2000000, 9999999)}" : $"3{_f.Random.Int(20, 49)} {_f.Random.Int(1000000, 9999999)}"),
                ConsentToContact = _f.Random.Bool(0.85f),
            };
        }
    }


    private string NewVatNumber(HashSet<string> used)
    {
        while (true)
        {
            var first = $"{_f.Random.Int(1000000, 9999999)}{_f.Random.Int(1, 100):000}";
            var vat = first + PartitaIva.ComputeCheckDigit(first);
            if (used.Add(vat))
            {
                return vat;
            }
        }
    }

    private string UniqueName(HashSet<string> used, JobArchetype job)
    {
        while (true)
        {
            var core = _f.Random.Int(0, 3) switch
            {
                0 => $"{_f.Name.LastName()} {job.Sector switch { "ristorazione" => "Ristorazione", "logistica" => "Logistica", "assistenza" => "Servizi alla Persona", "grande distribuzione" => "Market", _ => "Servizi" }}",
                1 => $"{_f.Name.LastName()} & {_f.Name.LastName()}",
                2 => $"{_f.Name.LastName()} {_f.PickRandom("Group", "Italia", "Lombardia", "Milano", "Industrie", "Tecnica")}",
                _ => $"{_f.Address.City().Split(' ')[0]} {job.Sector switch { "metalmeccanica" => "Meccanica", "alimentare" => "Alimentari", "cura del verde" => "Verde", "trasporti" => "Trasporti", _ => "Servizi" }}",
            };
            var name = $"{core} {_f.PickRandom("S.r.l.", "S.p.A.", "S.n.c.", "Soc. Coop.", "S.r.l.s.")}";
            if (used.Add(name))
            {
                return name;
            }
        }
    }
}
