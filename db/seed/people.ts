import type { Random } from "./random";

// Word lists for generated candidates (demo and large seeds).

export const firstNames = [
  "Aisha", "Mateo", "Priya", "Lucas", "Chen", "Amara", "Diego", "Sofia", "Kwame", "Elena", "Ravi", "Hana", "Tomasz", "Leila",
  "Jonas", "Ana", "Arjun", "Maya", "Oluwaseun", "Ines", "Yusuf", "Camila", "Dmitri", "Zara", "Kenji", "Lina", "Omar", "Freya",
  "Gabriel", "Nadia", "Hugo", "Mei", "Tariq", "Julia", "Emeka", "Clara", "Pedro", "Sana", "Viktor", "Noor", "Andrés", "Ingrid",
  "Rahul", "Beatriz", "Marek", "Chloé", "Kofi", "Aditi", "Stefan", "Lucía",
];
export const lastNames = [
  "Okafor", "Silva", "Sharma", "Müller", "Wang", "Mensah", "García", "Rossi", "Asante", "Popescu", "Iyer", "Kim", "Nowak",
  "Haddad", "Berg", "Costa", "Patel", "Cohen", "Adeyemi", "Ferreira", "Demir", "López", "Volkov", "Khan", "Tanaka", "Novak",
  "Farouk", "Larsen", "Moreau", "Petrova", "Dubois", "Zhang", "Aziz", "Schmidt", "Eze", "Martins", "Santos", "Malik", "Horvat",
  "Ali", "Ruiz", "Lindqvist", "Reddy", "Almeida", "Kowalski", "Lefèvre", "Boateng", "Gupta", "Weber", "Navarro",
];
export const skillPool = [
  "TypeScript", "JavaScript", "React", "Next.js", "Node.js", "Go", "Rust", "Python", "Django", "FastAPI", "Java", "Kotlin",
  "Spring", "Ruby", "Rails", "Elixir", "PostgreSQL", "MySQL", "Redis", "Kafka", "RabbitMQ", "GraphQL", "gRPC", "AWS", "GCP",
  "Azure", "Kubernetes", "Docker", "Terraform", "Swift", "iOS", "Android", "Flutter", "C#", ".NET", "Scala", "Spark",
  "Airflow", "dbt", "Snowflake", "Machine Learning", "PyTorch", "Vue", "Svelte", "Tailwind", "Elasticsearch", "Microservices",
  "System Design", "CI/CD", "Observability",
];
export const titles = [
  "Senior Software Engineer", "Staff Engineer", "Lead Backend Engineer", "Tech Lead", "Engineering Manager", "Principal Engineer",
  "Senior Frontend Engineer", "Full-Stack Engineer", "Senior Platform Engineer", "Head of Engineering", "Senior Data Engineer",
  "Senior Mobile Engineer", "Lead Engineer", "Site Reliability Engineer", "Senior Backend Engineer",
];
export const places: [string, string][] = [
  ["Lisbon, Portugal", "Europe/Lisbon"], ["Lagos, Nigeria", "Africa/Lagos"], ["Bangalore, India", "Asia/Kolkata"],
  ["São Paulo, Brazil", "America/Sao_Paulo"], ["Kraków, Poland", "Europe/Warsaw"], ["Mexico City, Mexico", "America/Mexico_City"],
  ["Nairobi, Kenya", "Africa/Nairobi"], ["Bucharest, Romania", "Europe/Bucharest"], ["Buenos Aires, Argentina", "America/Argentina/Buenos_Aires"],
  ["Cairo, Egypt", "Africa/Cairo"], ["Manila, Philippines", "Asia/Manila"], ["Medellín, Colombia", "America/Bogota"],
  ["Kyiv, Ukraine", "Europe/Kyiv"], ["Accra, Ghana", "Africa/Accra"], ["Ho Chi Minh City, Vietnam", "Asia/Ho_Chi_Minh"],
];
export const sources = ["referral", "sourced", "inbound", "agency_network"] as const;

export function makePerson(rand: Random, n: number) {
  const first = firstNames[n % firstNames.length];
  const last = lastNames[Math.floor(n / firstNames.length) % lastNames.length];
  const [location, timezone] = rand.pick(places);
  const skills = rand.sample(skillPool, rand.int(3, 7));
  const slug = `${first}.${last}`.normalize("NFKD").replace(/[^\w.]/g, "").toLowerCase();
  return {
    name: `${first} ${last}`,
    email: `${slug}${n >= firstNames.length * lastNames.length ? `.${n}` : ""}@example.test`,
    phone: `+${rand.int(20, 99)} ${rand.int(100, 999)} ${rand.int(100, 999)} ${rand.int(1000, 9999)}`,
    location,
    timezone,
    currentTitle: rand.pick(titles),
    yearsExperience: rand.int(4, 20),
    skills,
    source: rand.pick(sources),
    githubUrl: rand.chance(0.6) ? `https://github.com/${slug.replace(/\./g, "-")}` : null,
    linkedinUrl: rand.chance(0.8) ? `https://linkedin.com/in/${slug.replace(/\./g, "-")}` : null,
  };
}
