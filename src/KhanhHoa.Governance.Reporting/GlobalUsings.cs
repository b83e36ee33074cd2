global using KhanhHoa.Governance.Calendar;
global using NodaTime;
