global using KhanhHoa.Governance.Rollup;
global using NodaTime;
