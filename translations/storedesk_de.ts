<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdjustStockDialog</name>
    <message>
        <source>Adjust stock</source>
        <translation>Bestand anpassen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2%3: %n in stock</source>
        <translation>
            <numerusform>%1 — %2%3: %n Stück auf Lager</numerusform>
            <numerusform>%1 — %2%3: %n Stück auf Lager</numerusform>
        </translation>
    </message>
    <message>
        <source>Change &amp;by</source>
        <translation>Ändern &amp;um</translation>
    </message>
    <message>
        <source>Change stock by an amount</source>
        <translation>Bestand um eine Menge ändern</translation>
    </message>
    <message>
        <source>Set &amp;to</source>
        <translation>Setzen &amp;auf</translation>
    </message>
    <message>
        <source>Set stock to a new quantity</source>
        <translation>Bestand auf eine neue Menge setzen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional note, e.g. a delivery number</source>
        <translation>Optionale Notiz, z. B. eine Lieferscheinnummer</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Stock after the change: %1</source>
        <translation>Bestand nach der Änderung: %1</translation>
    </message>
    <message>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>verkauft</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>zurückgegeben</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <source>stock count</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>Umlagerung</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>▲ %1 %</source>
        <translation>▲ %1 %</translation>
    </message>
    <message>
        <source>▼ %1 %</source>
        <translation>▼ %1 %</translation>
    </message>
    <message>
        <source>0.00 %</source>
        <translation>0,00 %</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Vorrätig</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Nachbestellen bei</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Fehlmenge</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Group revenue by</source>
        <translation>Umsatz gruppieren nach</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>Break revenue down by</source>
        <translation>Umsatz aufschlüsseln nach</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>Ver&amp;gleichen mit:</translation>
    </message>
    <message>
        <source>&amp;Breakdown:</source>
        <translation>&amp;Aufschlüsselung:</translation>
    </message>
    <message>
        <source>Revenue by period</source>
        <translation>Umsatz nach Zeitraum</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue breakdown</source>
        <translation>Umsatzaufschlüsselung</translation>
    </message>
    <message>
        <source>Low-stock alerts</source>
        <translation>Warnungen bei niedrigem Bestand</translation>
    </message>
    <message>
        <source>&amp;Revenue</source>
        <translation>&amp;Umsatz</translation>
    </message>
    <message>
        <source>Brea&amp;kdown</source>
        <translation>Auf&amp;schlüsselung</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Lagerbestand</translation>
    </message>
    <message>
        <source>Revenue counts every order except cancelled and refunded ones (quantity × unit price − discount); days are those of the store time zone, %1.</source>
        <translation>Als Umsatz zählt jede Bestellung außer stornierten und erstatteten (Menge × Stückpreis − Rabatt); Tage beziehen sich auf die Zeitzone des Shops, %1.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export %1 as CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Revenue&lt;/b&gt; %1 (%2) &amp;nbsp;·&amp;nbsp; &lt;b&gt;Orders&lt;/b&gt; %3 (%4) &amp;nbsp;·&amp;nbsp; &lt;b&gt;Units&lt;/b&gt; %5 (%6) &amp;nbsp;·&amp;nbsp; &lt;b&gt;Avg. order value&lt;/b&gt; %7 &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#6b7280&apos;&gt;vs %8: %9 – %10&lt;/span&gt;</source>
        <translation>&lt;b&gt;Umsatz&lt;/b&gt; %1 (%2) &amp;nbsp;·&amp;nbsp; &lt;b&gt;Bestellungen&lt;/b&gt; %3 (%4) &amp;nbsp;·&amp;nbsp; &lt;b&gt;Stück&lt;/b&gt; %5 (%6) &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ø Bestellwert&lt;/b&gt; %7 &amp;nbsp;&amp;nbsp; &lt;span style=&apos;color:#6b7280&apos;&gt;ggü. %8: %9 – %10&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Products&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Units in stock&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Stock value&lt;/b&gt; %3 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Low stock&lt;/b&gt; %4 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Out of stock&lt;/b&gt; %5</source>
        <translation>&lt;b&gt;Produkte&lt;/b&gt; %1 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Stück auf Lager&lt;/b&gt; %2 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Lagerwert&lt;/b&gt; %3 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Niedriger Bestand&lt;/b&gt; %4 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Ausverkauft&lt;/b&gt; %5</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>no recent sales</source>
        <translation>kein Absatz</translation>
    </message>
    <message>
        <source>Custom period…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>First day of the compared period</source>
        <translation>Erster Tag des Vergleichszeitraums</translation>
    </message>
    <message>
        <source>Last day of the compared period</source>
        <translation>Letzter Tag des Vergleichszeitraums</translation>
    </message>
    <message>
        <source>Compared period</source>
        <translation>Vergleichszeitraum</translation>
    </message>
</context>
<context>
    <name>ApiServerPage</name>
    <message>
        <source>The API server could not start: %1</source>
        <translation>Der API-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>API server listening at %1</source>
        <translation>API-Server lauscht auf %1</translation>
    </message>
    <message>
        <source>API server stopped</source>
        <translation>API-Server gestoppt</translation>
    </message>
    <message>
        <source>Running at &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</source>
        <translation>Läuft unter &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Embedded API server</source>
        <translation>Eingebauter API-Server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Host to listen on</source>
        <translation>Host, auf dem der Server lauscht</translation>
    </message>
    <message>
        <source>127.0.0.1 serves this computer only; 0.0.0.0 serves the network</source>
        <translation>127.0.0.1 bedient nur diesen Computer, 0.0.0.0 das ganze Netzwerk</translation>
    </message>
    <message>
        <source>Port to listen on</source>
        <translation>Port, auf dem der Server lauscht</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>none (no authentication)</source>
        <translation>keiner (keine Authentifizierung)</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>Server &amp;starten</translation>
    </message>
    <message>
        <source>Start the API server</source>
        <translation>API-Server starten</translation>
    </message>
    <message>
        <source>S&amp;top server</source>
        <translation>Server s&amp;toppen</translation>
    </message>
    <message>
        <source>Stop the API server</source>
        <translation>API-Server stoppen</translation>
    </message>
    <message>
        <source>Open API &amp;docs</source>
        <translation>API-&amp;Dokumentation öffnen</translation>
    </message>
    <message>
        <source>Open the API documentation in the browser</source>
        <translation>Die API-Dokumentation im Browser öffnen</translation>
    </message>
    <message>
        <source>API server status</source>
        <translation>Status des API-Servers</translation>
    </message>
    <message>
        <source>Warning: the server is reachable from other computers and no API token is set — anyone on the network can read and change the store. Set STOREDESK_API_TOKEN or listen on 127.0.0.1.</source>
        <translation>Warnung: Der Server ist von anderen Computern erreichbar, und es ist kein API-Token gesetzt – jeder im Netzwerk kann den Shop lesen und ändern. Setzen Sie STOREDESK_API_TOKEN, oder lassen Sie den Server nur auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>Security warning</source>
        <translation>Sicherheitswarnung</translation>
    </message>
    <message>
        <source>Request log (newest first)</source>
        <translation>Anfrageprotokoll (neueste zuerst)</translation>
    </message>
    <message>
        <source>C&amp;lear log</source>
        <translation>Protokoll &amp;leeren</translation>
    </message>
    <message>
        <source>Clear the request log</source>
        <translation>Das Anfrageprotokoll leeren</translation>
    </message>
    <message>
        <source>API request log</source>
        <translation>API-Anfrageprotokoll</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>the environment variable %1</source>
        <translation>die Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Compared period</source>
        <translation>Vergleichszeitraum</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue breakdown</source>
        <translation>Umsatzaufschlüsselung</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Compared revenue</source>
        <translation>Vergleichsumsatz</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Change %</source>
        <translation>Veränderung %</translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Kategorie umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>Kategorie löschen</translation>
    </message>
    <message>
        <source>Delete the category “%1”?</source>
        <translation>Die Kategorie „%1“ löschen?</translation>
    </message>
    <message>
        <source>“%1” still has products. Move them to another category or delete them first.</source>
        <translation>„%1“ enthält noch Produkte. Verschieben Sie sie zuerst in eine andere Kategorie oder löschen Sie sie.</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <source>Edit category</source>
        <translation>Kategorie bearbeiten</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <source>Category name</source>
        <translation>Name der Kategorie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
</context>
<context>
    <name>CategoryTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Print chart</source>
        <translation>Diagramm drucken</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export or print the chart %1</source>
        <translation>Das Diagramm %1 exportieren oder drucken</translation>
    </message>
    <message>
        <source>Save the chart as PNG or PDF, or print it</source>
        <translation>Das Diagramm als PNG oder PDF speichern oder drucken</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Search name or e-mail</source>
        <translation>Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search customers by name or e-mail</source>
        <translation>Kunden nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation>Kunde bearbeiten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>The customer&apos;s orders</source>
        <translation>Die Bestellungen des Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a customer</source>
        <translation>Wählen Sie einen Kunden</translation>
    </message>
    <message numerus="yes">
        <source>Lifetime value: %1 from %n order(s) (cancelled and refunded orders not counted)</source>
        <translation>
            <numerusform>Kundenwert: %1 aus %n Bestellung (stornierte und erstattete Bestellungen nicht mitgezählt)</numerusform>
            <numerusform>Kundenwert: %1 aus %n Bestellungen (stornierte und erstattete Bestellungen nicht mitgezählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>„%1“ gespeichert</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dieses Quartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Vorjahr</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Co&amp;mpare with:</source>
        <translation>Ver&amp;gleichen mit:</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Verkaufte Stück</translation>
    </message>
    <message>
        <source>Revenue trend</source>
        <translation>Umsatzverlauf</translation>
    </message>
    <message>
        <source>Sales by platform</source>
        <translation>Verkäufe nach Plattform</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Vorrätig</translation>
    </message>
    <message>
        <source>Reorder at</source>
        <translation>Nachbestellen bei</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <source>Top-selling products</source>
        <translation>Meistverkaufte Produkte</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>Revenue counts every order except cancelled and refunded ones (quantity × unit price − discount); days are those of the store time zone, %1. Changes compare with the period chosen under “Compare with”; “—” means the compared figure is zero.</source>
        <translation>Als Umsatz zählt jede Bestellung außer stornierten und erstatteten (Menge × Stückpreis − Rabatt); Tage beziehen sich auf die Zeitzone des Shops, %1. Veränderungen beziehen sich auf den unter „Vergleichen mit“ gewählten Zeitraum; „—“ bedeutet, dass der Vergleichswert null ist.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>no recent sales</source>
        <translation>kein Absatz</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>vs previous year</source>
        <translation>ggü. Vorjahr</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>ggü. Vorperiode</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>The compared period has no figure to compare with.</source>
        <translation>Der Vergleichszeitraum hat keinen Wert zum Vergleichen.</translation>
    </message>
    <message>
        <source>▲ %1 % %2</source>
        <translation>▲ %1 % %2</translation>
    </message>
    <message>
        <source>▼ %1 % %2</source>
        <translation>▼ %1 % %2</translation>
    </message>
    <message>
        <source>0.00 % %1</source>
        <translation>0,00 % %1</translation>
    </message>
    <message>
        <source>%1 · compared with %2</source>
        <translation>%1 · verglichen mit %2</translation>
    </message>
</context>
<context>
    <name>DemoDataDialog</name>
    <message>
        <source>Creating the demo store…</source>
        <translation>Der Demo-Shop wird angelegt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Demo store created: %1 products, %2 customers, %3 orders.</source>
        <translation>Demo-Shop angelegt: %1 Produkte, %2 Kunden, %3 Bestellungen.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>InventoryHistoryModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>InventoryPage</name>
    <message>
        <source>Search product or SKU</source>
        <translation>Produkt oder Artikelnr. suchen</translation>
    </message>
    <message>
        <source>Search stock by product name or SKU</source>
        <translation>Bestand nach Produktname oder Artikelnummer suchen</translation>
    </message>
    <message>
        <source>&amp;Low stock only</source>
        <translation>Nur &amp;niedriger Bestand</translation>
    </message>
    <message>
        <source>Show only low stock</source>
        <translation>Nur niedrigen Bestand anzeigen</translation>
    </message>
    <message>
        <source>&amp;Adjust stock…</source>
        <translation>Bestand &amp;anpassen…</translation>
    </message>
    <message>
        <source>Adjust stock</source>
        <translation>Bestand anpassen</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Stock history</source>
        <translation>Bestandsverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>History — select a stock row</source>
        <translation>Verlauf – wählen Sie eine Bestandszeile</translation>
    </message>
    <message>
        <source>History — %1 (%2)</source>
        <translation>Verlauf – %1 (%2)</translation>
    </message>
    <message>
        <source>Stock now %1</source>
        <translation>Bestand jetzt %1</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lagerbestand</translation>
    </message>
</context>
<context>
    <name>InventoryTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lagerort</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>Meldebestand</translation>
    </message>
    <message>
        <source>Last restock</source>
        <translation>Zuletzt aufgefüllt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(alle)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>StoreDesk</source>
        <translation>StoreDesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Verwendete Datenbank</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit / adjust…</source>
        <translation>B&amp;earbeiten / anpassen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>Ausgewählte Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Generate demo data…</source>
        <translation>&amp;Demodaten erzeugen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About StoreDesk</source>
        <translation>&amp;Über StoreDesk</translation>
    </message>
    <message>
        <source>%1 — StoreDesk</source>
        <translation>%1 — StoreDesk</translation>
    </message>
    <message numerus="yes">
        <source>%n stock row(s) at or below their reorder level</source>
        <translation>
            <numerusform>%n Bestandszeile auf oder unter ihrem Meldebestand</numerusform>
            <numerusform>%n Bestandszeilen auf oder unter ihrem Meldebestand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inventory, %n low-stock row(s)</source>
        <translation>
            <numerusform>Lagerbestand, %n Zeile mit niedrigem Bestand</numerusform>
            <numerusform>Lagerbestand, %n Zeilen mit niedrigem Bestand</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to StoreDesk</source>
        <translation>Willkommen bei StoreDesk</translation>
    </message>
    <message>
        <source>This database is empty. Create a demo store to explore StoreDesk (8 categories, 40 products, customers and a year of orders)?</source>
        <translation>Diese Datenbank ist leer. Einen Demo-Shop anlegen, um StoreDesk kennenzulernen (8 Kategorien, 40 Produkte, Kunden und ein Jahr Bestellungen)?</translation>
    </message>
    <message>
        <source>Generate demo data</source>
        <translation>Demodaten erzeugen</translation>
    </message>
    <message>
        <source>This replaces every category, product, stock row, customer and order in %1 with demo data. Continue?</source>
        <translation>Damit werden alle Kategorien, Produkte, Bestandszeilen, Kunden und Bestellungen in %1 durch Demodaten ersetzt. Fortfahren?</translation>
    </message>
    <message>
        <source>About StoreDesk</source>
        <translation>Über StoreDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StoreDesk %1&lt;/h3&gt;&lt;p&gt;Store administration for e-commerce managers: catalogue, stock, orders and customers, on SQLite, MySQL/MariaDB or PostgreSQL.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StoreDesk %1&lt;/h3&gt;&lt;p&gt;Shop-Verwaltung für E-Commerce-Manager: Sortiment, Bestand, Bestellungen und Kunden, mit SQLite, MySQL/MariaDB oder PostgreSQL.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>API server</source>
        <translation>API-Server</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>%1 at %2: %3 left</source>
        <translation>%1 in %2: noch %3</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(kein Lagerort)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>Low stock: %1</source>
        <translation>Niedriger Bestand: %1</translation>
    </message>
    <message>
        <source>Reopening the store with the new settings…</source>
        <translation>Der Shop wird mit den neuen Einstellungen neu geöffnet…</translation>
    </message>
    <message>
        <source>%1 — %2 — StoreDesk</source>
        <translation>%1 — %2 — StoreDesk</translation>
    </message>
</context>
<context>
    <name>NewSaleDialog</name>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Walk-in customer</source>
        <translation>Laufkunde</translation>
    </message>
    <message>
        <source>Sales platform</source>
        <translation>Verkaufsplattform</translation>
    </message>
    <message>
        <source>Product (type a name or SKU)</source>
        <translation>Produkt (Name oder Artikelnr. eingeben)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Line discount</source>
        <translation>Positionsrabatt</translation>
    </message>
    <message>
        <source>Discount, e.g. 2.50</source>
        <translation>Rabatt, z. B. 2,50</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Position &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Position &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Position entfernen</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Qty:</source>
        <translation>Menge:</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;rodukt:</translation>
    </message>
    <message>
        <source>&amp;Record sale</source>
        <translation>Verkauf &amp;erfassen</translation>
    </message>
    <message>
        <source>Enter the discount as an amount such as 2.50</source>
        <translation>Geben Sie den Rabatt als Betrag ein, z. B. 2.50</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>No stock row this order could draw on</source>
        <translation>Keine Bestandszeile, aus der diese Bestellung entnehmen könnte</translation>
    </message>
    <message>
        <source>Available for this order: %1 (%2%3)</source>
        <translation>Für diese Bestellung verfügbar: %1 (%2%3)</translation>
    </message>
    <message>
        <source>%1: %2 ordered, %3 available</source>
        <translation>%1: %2 bestellt, %3 verfügbar</translation>
    </message>
    <message>
        <source>Not enough stock — %1</source>
        <translation>Nicht genug Bestand – %1</translation>
    </message>
</context>
<context>
    <name>PlatformChart</name>
    <message>
        <source>Sales by platform</source>
        <translation>Verkäufe nach Plattform</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1  %2 %</source>
        <translation>%1  %2 %</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation>Wird erzeugt, wenn leer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>e.g. 19.99 (%1)</source>
        <translation>z. B. 19.99 (%1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>— choose a category —</source>
        <translation>— Kategorie wählen —</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;SKU:</source>
        <translation>&amp;Artikelnr.:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Initial stock</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <source>Initial &amp;stock:</source>
        <translation>Anfangs&amp;bestand:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Enter an amount such as 19.99</source>
        <translation>Geben Sie einen Betrag ein, z. B. 19.99</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>Category ID</source>
        <translation>Kategorie-ID</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <source>Search name or SKU</source>
        <translation>Name oder Artikelnr. suchen</translation>
    </message>
    <message>
        <source>Search products by name or SKU</source>
        <translation>Produkte nach Name oder Artikelnummer suchen</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>New product…</source>
        <translation>Neues Produkt…</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete product</source>
        <translation>Produkt löschen</translation>
    </message>
    <message>
        <source>Categories…</source>
        <translation>Kategorien…</translation>
    </message>
    <message>
        <source>Manage categories</source>
        <translation>Kategorien verwalten</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>„%1“ gespeichert</translation>
    </message>
    <message>
        <source>Delete “%1”? Its stock rows and their history are deleted too.</source>
        <translation>„%1“ löschen? Seine Bestandszeilen und deren Verlauf werden ebenfalls gelöscht.</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted because it has been sold: orders keep their history.</source>
        <translation>„%1“ kann nicht gelöscht werden, weil es verkauft wurde: Bestellungen behalten ihren Verlauf.</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Error for %1</source>
        <translation>Fehler bei %1</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Compared period</source>
        <translation>Vergleichszeitraum</translation>
    </message>
    <message>
        <source>Revenue over time</source>
        <translation>Umsatz im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>RevenueSeriesModel</name>
    <message>
        <source>%1-W%2</source>
        <translation>%1-KW%2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Stück</translation>
    </message>
    <message>
        <source>Avg. order value</source>
        <translation>Ø Bestellwert</translation>
    </message>
    <message>
        <source>Compared period</source>
        <translation>Vergleichszeitraum</translation>
    </message>
    <message>
        <source>Compared revenue</source>
        <translation>Vergleichsumsatz</translation>
    </message>
</context>
<context>
    <name>SaleItemsModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnr.</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Line total</source>
        <translation>Positionssumme</translation>
    </message>
</context>
<context>
    <name>SaleStatusProxyModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Platform filter</source>
        <translation>Plattformfilter</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>New sale…</source>
        <translation>Neuer Verkauf…</translation>
    </message>
    <message>
        <source>New sale</source>
        <translation>Neuer Verkauf</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Select an order</source>
        <translation>Wählen Sie eine Bestellung</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Bestellpositionen</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>&amp;Status ändern…</translation>
    </message>
    <message>
        <source>Change order status</source>
        <translation>Bestellstatus ändern</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n Bestellung</numerusform>
            <numerusform>%n Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The order&apos;s lines and totals appear here.</source>
        <translation>Hier erscheinen die Positionen und Summen der Bestellung.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Laufkunde</translation>
    </message>
    <message>
        <source>Mark order %1 as %2? Its items go back into stock.</source>
        <translation>Bestellung %1 als %2 markieren? Ihre Artikel gehen zurück in den Bestand.</translation>
    </message>
    <message>
        <source>Mark order %1 as %2?</source>
        <translation>Bestellung %1 als %2 markieren?</translation>
    </message>
    <message>
        <source>Order %1 is now %2</source>
        <translation>Bestellung %1 ist jetzt %2</translation>
    </message>
    <message>
        <source>Recorded order %1</source>
        <translation>Bestellung %1 erfasst</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s), discounts %1 — total %2</source>
        <translation>
            <numerusform>%n Stück, Rabatte %1 — Summe %2</numerusform>
            <numerusform>%n Stück, Rabatte %1 — Summe %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalesTableModel</name>
    <message>
        <source>Walk-in</source>
        <translation>Laufkunde</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite-Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>Invalid database settings: %1</source>
        <translation>Ungültige Datenbankeinstellungen: %1</translation>
    </message>
    <message>
        <source>The currency must be a three-letter ISO 4217 code such as USD or EUR.</source>
        <translation>Die Währung muss ein dreibuchstabiger ISO-4217-Code wie USD oder EUR sein.</translation>
    </message>
    <message>
        <source>Set elsewhere, and that takes precedence over what is saved here: %1.</source>
        <translation>Anderswo festgelegt, und das hat Vorrang vor dem hier Gespeicherten: %1.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>MySQL / MariaDB server</source>
        <translation>MySQL-/MariaDB-Server</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Database engine</source>
        <translation>Datenbanksystem</translation>
    </message>
    <message>
        <source>/path/to/storedesk.db</source>
        <translation>/pfad/zu/storedesk.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the SQLite database file</source>
        <translation>Die SQLite-Datenbankdatei wählen</translation>
    </message>
    <message>
        <source>Database server host</source>
        <translation>Host des Datenbankservers</translation>
    </message>
    <message>
        <source>Database server port</source>
        <translation>Port des Datenbankservers</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Name der Datenbank</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the database connection</source>
        <translation>Die Datenbankverbindung testen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <source>shown in the window title</source>
        <translation>wird im Fenstertitel angezeigt</translation>
    </message>
    <message>
        <source>Currency (ISO 4217 code)</source>
        <translation>Währung (ISO-4217-Code)</translation>
    </message>
    <message>
        <source>Store time zone</source>
        <translation>Zeitzone des Shops</translation>
    </message>
    <message>
        <source>Default low-stock threshold</source>
        <translation>Standard-Meldebestand</translation>
    </message>
    <message>
        <source>The reorder level new stock rows start with</source>
        <translation>Der Meldebestand, mit dem neue Bestandszeilen beginnen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <source>Store &amp;name:</source>
        <translation>Shop&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>Wä&amp;hrung:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>&amp;Low-stock threshold:</source>
        <translation>&amp;Meldebestand:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes at once. A new database, currency, time zone or threshold reopens the store when you press OK; open screens are rebuilt.</source>
        <translation>Die Sprache ändert sich sofort. Eine neue Datenbank, Währung, Zeitzone oder ein neuer Meldebestand öffnet den Shop beim Klick auf OK neu; geöffnete Ansichten werden neu aufgebaut.</translation>
    </message>
</context>
<context>
    <name>StockChart</name>
    <message>
        <source>Stock over time</source>
        <translation>Bestand im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>StoreDesk: store administration for e-commerce managers.</source>
        <translation>StoreDesk: Shop-Verwaltung für E-Commerce-Manager.</translation>
    </message>
    <message>
        <source>Database URL (overrides DATABASE_URL).</source>
        <translation>Datenbank-URL (hat Vorrang vor DATABASE_URL).</translation>
    </message>
    <message>
        <source>Read KEY=value settings from this file.</source>
        <translation>Einstellungen im Format SCHLÜSSEL=Wert aus dieser Datei lesen.</translation>
    </message>
    <message>
        <source>Time the Sales screen (open, last row, sort, filter), print the figures and exit.</source>
        <translation>Die Verkaufsansicht messen (Öffnen, letzte Zeile, Sortieren, Filtern), die Werte ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Save a PNG of every screen into this folder and exit.</source>
        <translation>Von jeder Ansicht ein PNG in diesem Ordner speichern und beenden.</translation>
    </message>
    <message>
        <source>StoreDesk</source>
        <translation>StoreDesk</translation>
    </message>
    <message>
        <source>Cannot open the database:
%1</source>
        <translation>Die Datenbank kann nicht geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>Time the dashboard (cold start, preset switches), print the figures and exit.</source>
        <translation>Die Übersicht messen (Kaltstart, Wechsel der Zeiträume), die Werte ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Cannot open the database with the new settings; keeping the current one.
%1</source>
        <translation>Die Datenbank kann mit den neuen Einstellungen nicht geöffnet werden; die bisherige bleibt in Gebrauch.
%1</translation>
    </message>
</context>
</TS>
