// The seeder is one class split by what it generates (DemoSeeder.*.cs); they share these namespaces.
global using AeI.Crm.Activities;
global using AeI.Crm.Candidates;
global using AeI.Crm.Caseloads;
global using AeI.Crm.Common;
global using AeI.Crm.Companies;
global using AeI.Crm.Contacts;
global using AeI.Crm.FollowUps;
global using AeI.Crm.Geography;
global using AeI.Crm.Occupations;
global using AeI.Crm.Persistence;
global using AeI.Crm.Placements;
global using AeI.Crm.Users;
global using AeI.Crm.Vacancies;
global using Bogus;
global using Microsoft.AspNetCore.Identity;
global using Microsoft.EntityFrameworkCore;
