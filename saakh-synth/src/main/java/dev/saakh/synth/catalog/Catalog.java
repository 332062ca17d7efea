package dev.saakh.synth.catalog;

import static dev.saakh.core.bank.Category.CREDIT_CARD;
import static dev.saakh.core.bank.Category.CRYPTO;
import static dev.saakh.core.bank.Category.EDUCATION;
import static dev.saakh.core.bank.Category.ENTERTAINMENT;
import static dev.saakh.core.bank.Category.FOOD;
import static dev.saakh.core.bank.Category.FUEL;
import static dev.saakh.core.bank.Category.GAMBLING;
import static dev.saakh.core.bank.Category.GROCERIES;
import static dev.saakh.core.bank.Category.HEALTH;
import static dev.saakh.core.bank.Category.SHOPPING;
import static dev.saakh.core.bank.Category.TRAVEL;
import static dev.saakh.core.bank.Category.UTILITIES;

import dev.saakh.core.bank.Category;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Constant vocabularies. Lists are immutable and ordered, so draws are reproducible. */
public final class Catalog {
  private Catalog() {}

  public static final List<String> FIRST_NAMES =
      List.of(
          "Aarav",
          "Vivaan",
          "Aditya",
          "Arjun",
          "Rohan",
          "Karan",
          "Rahul",
          "Amit",
          "Suresh",
          "Ramesh",
          "Vikram",
          "Sanjay",
          "Manoj",
          "Deepak",
          "Rajesh",
          "Anil",
          "Sunil",
          "Nikhil",
          "Pranav",
          "Harsh",
          "Imran",
          "Farhan",
          "Joseph",
          "Gurpreet",
          "Harpreet",
          "Venkatesh",
          "Srinivas",
          "Karthik",
          "Murali",
          "Bala",
          "Priya",
          "Ananya",
          "Kavya",
          "Sneha",
          "Pooja",
          "Neha",
          "Divya",
          "Meera",
          "Lakshmi",
          "Anjali",
          "Ritu",
          "Sunita",
          "Geeta",
          "Fatima",
          "Ayesha",
          "Mary",
          "Simran",
          "Swati",
          "Shalini",
          "Revathi",
          "Bhavna",
          "Nandini",
          "Tanvi",
          "Ishita",
          "Ayaan",
          "Kabir");

  public static final List<String> LAST_NAMES =
      List.of(
          "Sharma",
          "Verma",
          "Gupta",
          "Agarwal",
          "Jain",
          "Mehta",
          "Shah",
          "Patel",
          "Desai",
          "Joshi",
          "Kulkarni",
          "Deshpande",
          "Iyer",
          "Iyengar",
          "Nair",
          "Menon",
          "Pillai",
          "Reddy",
          "Rao",
          "Naidu",
          "Krishnan",
          "Subramanian",
          "Singh",
          "Kaur",
          "Gill",
          "Sandhu",
          "Khan",
          "Shaikh",
          "Qureshi",
          "Das",
          "Bose",
          "Banerjee",
          "Chatterjee",
          "Mukherjee",
          "Ghosh",
          "Sen",
          "Mishra",
          "Tiwari",
          "Pandey",
          "Yadav",
          "Chauhan",
          "Thakur",
          "Bhat",
          "Hegde",
          "Shetty",
          "Fernandes",
          "D'Souza",
          "Mathew",
          "Varghese",
          "Choudhary");

  public static final List<String> FIRM_WORDS =
      List.of(
          "Shree",
          "Sai",
          "Balaji",
          "Ganesh",
          "Lakshmi",
          "Om",
          "Jai",
          "Maa",
          "Krishna",
          "Annapurna",
          "Vinayak",
          "Siddhi",
          "Mahalaxmi",
          "Sri Venkateswara",
          "Kaveri",
          "Narmada",
          "Himalaya",
          "Sahyadri",
          "Deccan",
          "Coromandel",
          "Malabar",
          "Konark",
          "Ajanta",
          "Everest",
          "Sunrise",
          "Prime",
          "Apex",
          "Royal",
          "Star",
          "Galaxy",
          "Bharat",
          "National",
          "Metro",
          "Unity",
          "Pragati",
          "Navkar",
          "Arihant",
          "Mangal",
          "Shubh",
          "Kesari");

  public static final List<String> FIRM_TRADES =
      List.of(
          "Traders",
          "Enterprises",
          "Industries",
          "Textiles",
          "Steel",
          "Plastics",
          "Agro Foods",
          "Pharma",
          "Electricals",
          "Hardware",
          "Auto Parts",
          "Packaging",
          "Garments",
          "Logistics",
          "Engineering Works",
          "Polymers",
          "Spices",
          "Furnishings",
          "Ceramics",
          "Chemicals",
          "Printers",
          "Fabricators",
          "Distributors",
          "Exports",
          "Dairy",
          "Rice Mill",
          "Cold Storage",
          "Tools",
          "Paper Products",
          "Handlooms");

  public static final List<String> FIRM_SUFFIXES =
      List.of("", "", "Pvt Ltd", "Private Limited", "LLP", "& Co", "& Sons", "Corporation");

  public static final List<String> INDUSTRIES =
      List.of(
          "Wholesale trade",
          "Retail trade",
          "Textile manufacturing",
          "Food processing",
          "Auto components",
          "Pharmaceutical distribution",
          "Logistics",
          "Construction materials",
          "Electrical goods",
          "Plastics and packaging",
          "Agricultural produce",
          "IT services",
          "Printing",
          "Furniture",
          "Chemicals");

  public static final List<String> EMPLOYERS =
      List.of(
          "Infosys Ltd",
          "Tata Consultancy Services",
          "Wipro Ltd",
          "HCL Technologies",
          "Tech Mahindra",
          "Larsen and Toubro",
          "Reliance Retail",
          "Bajaj Auto",
          "Maruti Suzuki India",
          "Asian Paints",
          "Hindustan Unilever",
          "ITC Ltd",
          "Cognizant Technology",
          "Accenture Solutions",
          "Capgemini India",
          "Godrej Consumer Products",
          "Apollo Hospitals",
          "State Govt of Karnataka",
          "Zensar Technologies",
          "Mphasis Ltd");

  public static final List<City> CITIES =
      List.of(
          new City("Mumbai", "Maharashtra", "MUM"),
          new City("Pune", "Maharashtra", "PUN"),
          new City("Nagpur", "Maharashtra", "NAG"),
          new City("Delhi", "Delhi", "DEL"),
          new City("Bengaluru", "Karnataka", "BLR"),
          new City("Mysuru", "Karnataka", "MYS"),
          new City("Chennai", "Tamil Nadu", "CHN"),
          new City("Coimbatore", "Tamil Nadu", "CBE"),
          new City("Hyderabad", "Telangana", "HYD"),
          new City("Ahmedabad", "Gujarat", "AMD"),
          new City("Surat", "Gujarat", "SUR"),
          new City("Rajkot", "Gujarat", "RAJ"),
          new City("Jaipur", "Rajasthan", "JAI"),
          new City("Ludhiana", "Punjab", "LDH"),
          new City("Kolkata", "West Bengal", "KOL"),
          new City("Lucknow", "Uttar Pradesh", "LKO"),
          new City("Kanpur", "Uttar Pradesh", "KNP"),
          new City("Indore", "Madhya Pradesh", "IDR"),
          new City("Kochi", "Kerala", "COK"),
          new City("Bhubaneswar", "Odisha", "BBS"));

  /** Two-digit GST state codes, in the order of {@link #CITIES}. */
  public static final List<String> CITY_STATE_CODES =
      List.of(
          "27", "27", "27", "07", "29", "29", "33", "33", "36", "24", "24", "24", "08", "03", "19",
          "09", "09", "23", "32", "21");

  public static final List<Merchant> MERCHANTS =
      List.of(
          new Merchant("SWIGGY", "swiggy@icici", FOOD, 450),
          new Merchant("ZOMATO", "zomato@hdfcbank", FOOD, 500),
          new Merchant("DOMINOS PIZZA", "dominos@ybl", FOOD, 600),
          new Merchant("BIGBASKET", "bigbasket@hdfcbank", GROCERIES, 1800),
          new Merchant("DMART", "dmart@ybl", GROCERIES, 2200),
          new Merchant("RELIANCE FRESH", "reliancefresh@icici", GROCERIES, 1200),
          new Merchant("BLINKIT", "blinkit@axisbank", GROCERIES, 700),
          new Merchant("AMAZON", "amazon@apl", SHOPPING, 1500),
          new Merchant("FLIPKART", "flipkart@axisbank", SHOPPING, 1700),
          new Merchant("MYNTRA", "myntra@icici", SHOPPING, 2000),
          new Merchant("AJIO", "ajio@hdfcbank", SHOPPING, 1800),
          new Merchant("UBER INDIA", "uber@axisbank", TRAVEL, 350),
          new Merchant("OLA CABS", "olacabs@ybl", TRAVEL, 300),
          new Merchant("IRCTC", "irctc@sbi", TRAVEL, 1400),
          new Merchant("MAKEMYTRIP", "makemytrip@icici", TRAVEL, 6000),
          new Merchant("INDIAN OIL", "iocl@sbi", FUEL, 1500),
          new Merchant("HPCL", "hpcl@hdfcbank", FUEL, 1400),
          new Merchant("BHARAT PETROLEUM", "bpcl@icici", FUEL, 1600),
          new Merchant("BOOKMYSHOW", "bookmyshow@hdfcbank", ENTERTAINMENT, 700),
          new Merchant("NETFLIX", "netflix@icici", ENTERTAINMENT, 649),
          new Merchant("PVR INOX", "pvrinox@ybl", ENTERTAINMENT, 800),
          new Merchant("APOLLO PHARMACY", "apollopharmacy@icici", HEALTH, 900),
          new Merchant("1MG", "tata1mg@hdfcbank", HEALTH, 700),
          new Merchant("BYJUS", "byjus@icici", EDUCATION, 4000),
          new Merchant("AIRTEL", "airtel@icici", UTILITIES, 599),
          new Merchant("JIO", "jio@sbi", UTILITIES, 399),
          new Merchant("TATA POWER", "tatapower@hdfcbank", UTILITIES, 2200),
          new Merchant("BESCOM", "bescom@sbi", UTILITIES, 1800),
          new Merchant("MAHANAGAR GAS", "mgl@icici", UTILITIES, 700),
          new Merchant("DREAM11", "dream11@icici", GAMBLING, 500),
          new Merchant("MPL GAMES", "mpl@ybl", GAMBLING, 400),
          new Merchant("WAZIRX", "wazirx@axisbank", CRYPTO, 5000),
          new Merchant("CRED CLUB", "cred.club@axisbank", CREDIT_CARD, 15000));

  private static final Map<Category, List<Merchant>> BY_CATEGORY = byCategory();

  /** The merchants of {@code category}, in catalogue order (empty if none). */
  public static List<Merchant> merchantsIn(Category category) {
    return BY_CATEGORY.getOrDefault(category, List.of());
  }

  private static Map<Category, List<Merchant>> byCategory() {
    Map<Category, List<Merchant>> grouped = new EnumMap<>(Category.class);
    for (Merchant m : MERCHANTS) {
      grouped.computeIfAbsent(m.category(), c -> new ArrayList<>()).add(m);
    }
    grouped.replaceAll((c, list) -> List.copyOf(list));
    return grouped;
  }

  public static final List<String> LENDERS =
      List.of(
          "BAJAJ FINANCE LTD",
          "TATA CAPITAL",
          "HDFC BANK",
          "ICICI BANK",
          "AXIS BANK",
          "KOTAK MAHINDRA BANK",
          "SBI",
          "LENDINGKART",
          "INDIFI TECHNOLOGIES",
          "FLEXILOANS",
          "ADITYA BIRLA FINANCE",
          "HERO FINCORP",
          "MAHINDRA FINANCE",
          "IDFC FIRST BANK",
          "MUTHOOT FINANCE",
          "CAPRI GLOBAL",
          "NEOGROWTH CREDIT",
          "UGRO CAPITAL");

  public static final List<String> OCEN_LENDERS =
      List.of(
          "SBI",
          "HDFC BANK",
          "ICICI BANK",
          "KOTAK MAHINDRA BANK",
          "BAJAJ FINANCE LTD",
          "LENDINGKART",
          "INDIFI TECHNOLOGIES",
          "FLEXILOANS",
          "TATA CAPITAL",
          "UGRO CAPITAL");

  public static final List<String> LIFE_INSURERS =
      List.of(
          "Life Insurance Corporation of India",
          "HDFC Life",
          "ICICI Prudential Life",
          "SBI Life",
          "Max Life",
          "Bajaj Allianz Life",
          "Tata AIA Life");

  public static final List<String> GENERAL_INSURERS =
      List.of(
          "New India Assurance",
          "ICICI Lombard",
          "HDFC ERGO",
          "Star Health",
          "Bajaj Allianz General",
          "Tata AIG",
          "Niva Bupa",
          "United India Insurance");

  /** Fund houses with a 4-letter code used to mint ISINs, and scheme families. */
  public static final List<String[]> AMCS =
      List.of(
          new String[] {
            "SBI Mutual Fund", "K01A", "SBI Bluechip Fund", "SBI Small Cap Fund", "SBI Liquid Fund"
          },
          new String[] {
            "HDFC Mutual Fund",
            "K01B",
            "HDFC Flexi Cap Fund",
            "HDFC Mid-Cap Opportunities Fund",
            "HDFC Corporate Bond Fund"
          },
          new String[] {
            "ICICI Prudential Mutual Fund",
            "K01C",
            "ICICI Prudential Bluechip Fund",
            "ICICI Prudential Balanced Advantage Fund",
            "ICICI Prudential Liquid Fund"
          },
          new String[] {
            "Axis Mutual Fund",
            "K01D",
            "Axis ELSS Tax Saver Fund",
            "Axis Midcap Fund",
            "Axis Liquid Fund"
          },
          new String[] {
            "Kotak Mutual Fund",
            "K01E",
            "Kotak Emerging Equity Fund",
            "Kotak Flexicap Fund",
            "Kotak Bond Fund"
          },
          new String[] {
            "Nippon India Mutual Fund",
            "K01F",
            "Nippon India Small Cap Fund",
            "Nippon India Large Cap Fund",
            "Nippon India Liquid Fund"
          },
          new String[] {
            "Parag Parikh Mutual Fund",
            "K01G",
            "Parag Parikh Flexi Cap Fund",
            "Parag Parikh ELSS Tax Saver Fund",
            "Parag Parikh Liquid Fund"
          },
          new String[] {
            "UTI Mutual Fund",
            "K01H",
            "UTI Nifty 50 Index Fund",
            "UTI Flexi Cap Fund",
            "UTI Money Market Fund"
          });

  /** Goods an MSME sells on ONDC, with a typical unit price in rupees. */
  public static final List<String[]> ONDC_ITEMS =
      List.of(
          new String[] {"Basmati Rice 25kg", "1850"},
          new String[] {"Cotton Kurta", "799"},
          new String[] {"Stainless Steel Tiffin", "549"},
          new String[] {"Turmeric Powder 1kg", "320"},
          new String[] {"LED Bulb 9W pack of 4", "399"},
          new String[] {"PVC Pipe 3m", "460"},
          new String[] {"Handloom Saree", "2499"},
          new String[] {"Masala Chai 500g", "280"},
          new String[] {"Packaging Boxes x100", "1200"},
          new String[] {"Auto Brake Pads", "950"},
          new String[] {"Cold Pressed Groundnut Oil 5L", "1150"},
          new String[] {"Notebook set of 12", "360"});

  /** ONDC seller apps / providers the MSME's storefront runs on. */
  public static final List<String> ONDC_BUYER_APPS =
      List.of("Paytm", "PhonePe Pincode", "Magicpin", "Mystore", "Ola", "Craftsvilla");

  /** Loan products offered on OCEN. */
  public static final List<String> OCEN_PRODUCTS =
      List.of(
          "Invoice financing",
          "GST-based working capital",
          "Cash-flow term loan",
          "Purchase financing");
}
