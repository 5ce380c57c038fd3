"""What a name is, from what the text around it says, where NER's label and the name's
shape say otherwise (the words are data in ``data/reference/names.yaml``):

- a description right before the name or in apposition after it ("payments firm Adyen NV",
  "holding firm EPCG", "500 Startups, a San Francisco-based venture firm"), or the plural
  one a list of names follows ("its earlier investors – EIT InnoEnergy, MM Grupp and ...");
- a place's head word ending the name ("Jiulongpo District"), a dateline in capitals
  ("PHOENIX —"), or the country a name after "in" is said to be in ("in Jiangbeizui,
  southwest China's Chongqing");
- a person's full name elsewhere in the text that the name is a word of ("by Chung" after
  "Chairman Chung Eui-sun"), or that a title opens ("said Madiberk" after "Chief Executive
  Taavi Madiberk");
- an organisation's longer name the one-word name starts ("Xiaopeng" of "Xiaopeng
  Motors"), or what only firms have ("Harju Elekter's shareholders").

None of this overrules a class the reference data or the store gives."""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.doc_ents import ents_of
from kg.extract.entities import country_by_code
from kg.extract.guard import setting_words
from kg.extract.made_products import made_products
from kg.extract.people import bare_names
from kg.extract.places import world_city_country
from kg.ingest.normalize import guess_class, reference_words

__all__ = ["Descriptions"]

#: Classes a description may correct, and the classes each description keeps: a firm
#: named with an investment word ("venture firm Sequoia Capital") stays an investment firm.
_KEPT = {
    "Company": frozenset({"InvestmentFirm", "ResearchOrg", "GovernmentBody", "Company"}),
    "InvestmentFirm": frozenset({"InvestmentFirm", "ResearchOrg", "GovernmentBody"}),
    "ResearchOrg": frozenset({"ResearchOrg", "GovernmentBody"}),
    "GovernmentBody": frozenset({"GovernmentBody"}),
    # "at the summit Xi said": a person or a place right after an event's word stays one.
    "Event": frozenset({"Event", "Person", "City", "Country", "GovernmentBody"}),
}
_ORGANISATIONS = frozenset({"Company", "InvestmentFirm", "ResearchOrg"})
#: NER's and the ruler's labels of names that may be organisations'.
_NAMED_BY_NER = frozenset({"ORG", "PERSON", "GPE", "PRODUCT", "KG:Company", "KG:InvestmentFirm"})
#: Words an apposition's description may hold ("a San Francisco-based venture firm"); a
#: gerund, a preposition or a punctuation mark ends it ("a venture firm specializing in").
_APPOSITION_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "VERB", "PUNCT", "NUM", "ADV"})


@dataclass(frozen=True)
class Descriptions:
    """Description phrases (lower case, words split by spaces) by the class they give."""

    phrases: dict[tuple[str, ...], str]
    people_too: frozenset[str] = frozenset()  # descriptions people are given too: "investor"
    place_heads: frozenset[str] = frozenset()  # "District": the name is a place's
    titles: frozenset[str] = frozenset()  # "chief", "ceo": a person's name follows
    possessions: frozenset[str] = frozenset()  # "subsidiary", "shareholders": only a firm has them
    firm_cues: frozenset[str] = frozenset()  # "corp", "group": a name that says it is a firm's
    family_first: frozenset[str] = frozenset()  # "He", "Lee": family names that open a name
    list_words: frozenset[str] = frozenset()  # "including", "such as": a list's names follow
    naming_words: frozenset[str] = frozenset()  # "called", "named": a description gives the name after them
    trades: frozenset[str] = frozenset()  # "broker", "maker": a firm's description that says it invests in no trade
    fund_verbs: frozenset[str] = frozenset()  # "raise", "close": a name that does so with a fund manages funds
    investment_cues: frozenset[str] = frozenset()  # "investment", "capital": a name's words of investing
    investing_verbs: frozenset[str] = frozenset()  # "invest", "lead": what an investor does with its money
    round_nouns: frozenset[str] = frozenset()  # "round", "funding": what an investor leads
    trade_verbs: frozenset[str] = frozenset()  # "make", "produce": what a firm of a trade does
    not_made: frozenset[str] = frozenset()  # "investment", "profit": objects of those verbs no trade's
    owned_kinds: frozenset[str] = frozenset()  # "chip", "accelerator": what a firm's list ("its chips, A and B") names
    firm_site_heads: frozenset[str] = frozenset()  # "Factory": a site's head that ends firms' names too
    firm_deeds: frozenset[str] = frozenset()  # "sign", "buy": what a firm does and no site
    raise_verbs: frozenset[str] = frozenset()  # "raise", "secure": a firm gets a round's money so
    round_backers: frozenset[str] = frozenset()  # "lead", "back": the verb of a round's "by X"
    round_shares: frozenset[str] = frozenset()  # "participation": the noun of a round's "from X"

    @classmethod
    def from_cues(cls, cues: dict) -> Descriptions:
        """From the ``descriptions`` mapping of names.yaml (class -> phrases), its
        ``descriptions_of_people_too``, its ``list_words`` and its ``naming_words``."""
        phrases = {}
        for cls_name, words in (cues.get("descriptions") or {}).items():
            for phrase in words or ():
                phrases[tuple(str(phrase).lower().split())] = str(cls_name)
        return cls(phrases, frozenset(str(w).lower() for w in cues.get("descriptions_of_people_too") or ()),
                   frozenset(str(w) for w in cues.get("place_heads") or ()),
                   frozenset(str(w).lower() for w in cues.get("person_titles") or ()),
                   frozenset(str(w).lower() for w in cues.get("organisation_possessions") or ()),
                   frozenset(str(w).lower() for w in cues.get("organisation_cues") or ()),
                   frozenset(str(w) for w in cues.get("family_name_first") or ()),
                   frozenset(str(w).lower() for w in cues.get("list_words") or ()),
                   frozenset(str(w).lower() for w in cues.get("naming_words") or ()),
                   frozenset(str(w).lower() for w in cues.get("trade_descriptions") or ()),
                   frozenset(str(w).lower() for w in cues.get("fund_raising_verbs") or ()),
                   frozenset(str(w).lower() for w in cues.get("investment_firm_cues") or ()),
                   frozenset(str(w).lower() for w in cues.get("investing_verbs") or ()),
                   frozenset(str(w).lower() for w in cues.get("round_nouns") or ()),
                   frozenset(str(w).lower() for w in cues.get("trade_verbs") or ()),
                   frozenset(str(w).lower() for k in ("unmade_nouns", "investing_objects") for w in cues.get(k) or ()),
                   frozenset(str(w).lower() for k in ("product_nouns", "owned_product_kinds") for w in cues.get(k) or ())
                   - frozenset(str(w).lower() for w in cues.get("brand_nouns") or ()),
                   frozenset(str(w) for w in cues.get("firm_site_heads") or ()),
                   frozenset(str(w).lower() for w in cues.get("firm_deeds") or ()),
                   frozenset(str(w).lower() for w in cues.get("raise_verbs") or ()),
                   frozenset(str(w).lower() for w in cues.get("round_backing_verbs") or ()),
                   frozenset(str(w).lower() for w in cues.get("round_share_nouns") or ()))

    def revised(self, ent, cls: str) -> str:
        """The class of mention *ent* (a spaCy span) given its description, else *cls*."""
        if cls == "Person" and len(ent) == 1 and _starts_organisation_name(ent):
            return "Company"
        if len(ent) > 1 and ent[-1].text in self.place_heads and not self._body_of_place(ent) or _dateline_place(ent) \
                or _place_in_place(ent):
            return "City"
        if cls != "Person" and len(ent) == 1 and (self._surname_of_titled(ent) or self._in_person_name(ent)):
            return "Person"
        if cls == "Person" and (self._owns_firm_things(ent) or self._officers_of(ent)):
            return "Company"
        if cls == "Facility" and ent.text in self._acting_sites(ent.doc):
            return "Company"  # "Hanwa Pharmaceutical Factory signed a deal": the firm the factory names
        if cls in ("Person", "Company", "InvestmentFirm", "City", "Product") and self._owned_list(ent):
            return "Product"  # "its low-power accelerators, Vesta and Orinda": the owner's products
        if cls in ("Person", "Company") and ent.text in made_products(ent.doc, self.firm_cues | self.investment_cues):
            return "Product"  # "OpenAI, the maker of ChatGPT": what a firm makes, no firm
        if cls in ("Person", "Company", "Product") and self.said_event(ent):
            return "Event"  # "Gulfood is the world's largest food trade exhibition"
        found = self._described(ent)
        if cls == "Product" and found is not None and found[1] == "brand" and self._owned_brands(ent):
            return cls  # "sells appliances under brands such as Beko": its products, no firms
        if found is not None and cls == "InvestmentFirm" and found[0] == "Company" and found[1] in self.trades:
            return "Company"  # "brokerage Hanul Capital", "Daewon Ventures, a drug maker": a firm of another trade
        if found is None and cls == "Company" and (self._raises_a_fund(ent) or self._leads_a_round(ent) and ent.label_ == "ORG"
                                                             and ent[-1].lower_ not in reference_words("trade_tails", lower=True)):
            # "Capria has raised a $100 million fund": a manager of funds; "the round was led by
            # Hanul International", a name the store does not know: who leads others' rounds
            # invests for a living, unless its name says it is a firm of another kind; not one
            # NER read as a person's, a founder's vehicle named for them ("Bezos Expeditions").
            return "InvestmentFirm"
        if found is None and cls == "InvestmentFirm" and self._plies_a_trade(ent):
            return "Company"  # "Daewon Pharma Ventures, which makes generic drugs": a maker, whatever its name says
        if cls == "GovernmentBody" and any(t.lower_ in self.investment_cues for t in ent) \
                and (found is not None and found[0] == "InvestmentFirm" and found[1] == "fund" or self._invests(ent)):
            return "InvestmentFirm"  # "the Hanul Investment Authority led the round": a state fund, not an office
        if found is None or cls in _KEPT[found[0]]:
            return cls
        described, noun = found
        if cls == "Person" and noun in self.people_too and guess_class(ent.text, "Company") == "Person":
            # "billionaire investor Peter Thiel": people are investors too; but not one listed
            # among firms only ("investors Keel Capital, Daewon Group and Arvo Lind"), which
            # is a firm whose name says no more than a company's.
            return "Company" if self._listed_among_organisations(ent) else cls
        if noun in self.people_too and any(t.lower_.strip(".") in self.firm_cues for t in ent):
            return cls  # "Hanul Bank, another investor": banks and groups invest too
        if described == "Event" and ent.root.dep_ in ("nsubj", "nsubjpass"):
            return cls  # "at the fair Samsung showed ...": the word ends a phrase before a subject
        return described

    def _raises_a_fund(self, ent) -> bool:
        """Whether the name is the subject of a verb of raising or closing (``fund_raising_verbs``)
        whose object is a fund ("Hanul has raised a $100 million fund", "Daewon closed its
        third fund"), and says no firm's word ("Hanul Motors"): firms raise rounds, and set
        up funds of their own, but only investment firms raise funds from others."""
        root = ent.root
        if root.dep_ != "nsubj" or root.head.lemma_.lower() not in self.fund_verbs or any(t.lower_.strip(".") in self.firm_cues for t in ent):
            return False
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("fund", "vehicle") for c in root.head.children)

    def _plies_a_trade(self, ent) -> bool:
        """Whether the name makes something, itself the subject of a verb of a trade
        (``trade_verbs``) or through "which" or "that" after it ("Hanul Ventures, which makes
        generic drugs"), whose object is no investment, profit or other thing no trade makes
        ("makes investments", "produced returns"): an investment word in a firm's name does
        not make it an investor."""
        root = ent.root
        verbs = [root.head] if root.dep_ == "nsubj" and root.head.i != root.i else []
        verbs += [c for c in root.children if c.dep_ == "relcl" and any(
            g.dep_ == "nsubj" and g.lower_ in ("which", "that") for g in c.children)]
        return any(verb.lemma_.lower() in self.trade_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() not in self.not_made and c.lower_ not in self.not_made for c in verb.children)
            for verb in verbs)

    def _invests(self, ent) -> bool:
        """Whether the name puts money into others: the subject of a verb of investing
        (``investing_verbs``: "invested", "led the round", where "lead" needs a round's
        noun as its object) or the one a round is led by ("a round led by X")."""
        root = ent.root
        # "X aims to invest", "X plans to lead the round": the verb its verb goes on to.
        for head in [root.head, *(c for c in root.head.children if c.dep_ == "xcomp")] if root.dep_ == "nsubj" else ():
            if head.lemma_.lower() in self.investing_verbs:
                return not head.lemma_.lower().endswith("lead") or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in self.round_nouns for c in head.children)
        return self._leads_a_round(ent)

    def _leads_a_round(self, ent) -> bool:
        """Whether the name is one a round is led or backed by ("a round led by X", "the round
        was led by X", "raised $5 million led by X", "a Series B round backed by X"), or one of
        those it is joined to ("led by X and Y") or a round's share is from ("with participation
        from X and Y")."""
        root = ent.root
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head  # "with participation from Tessel Ventures and Ombra": the list's first
        head = root.head
        if root.dep_ != "pobj":
            return False
        if head.lower_ == "from":
            return head.head.lemma_.lower() in self.round_shares
        if head.lower_ == "by" and head.head.lemma_.lower() in self.round_backers:
            led = head.head
            return led.head.lemma_.lower() in self.round_nouns or any(
                c.dep_ == "nsubjpass" and c.lemma_.lower() in self.round_nouns for c in led.children) \
                or led.head.ent_type_ == "MONEY" and led.head.head.lemma_.lower() in self.raise_verbs
        return False

    def _body_of_place(self, ent) -> bool:
        """Whether a name ending in a place's head names a body of the place ("People's
        Committee of Daeha Province"): the word before its "of" heads it, and is no place's."""
        ofs = [t.i for t in ent if t.lower_ == "of" and t.i > ent.start]
        return bool(ofs) and ent.doc[ofs[0] - 1].text not in self.place_heads

    def organisation_described(self, ent) -> str | None:
        """The class of organisation the text describes mention *ent* (a spaCy span) as
        ("AgiBot, a Shanghai-based robot maker", "robot maker AgiBot"), else None: for a
        name NER took for a product's, which kg otherwise leaves out."""
        found = self._described(ent)
        return found[0] if found is not None and found[0] in _ORGANISATIONS else None

    def _described(self, ent) -> tuple[str, str] | None:
        """The description of this mention, else of another mention of the same name in
        the text ("500 Startups, a venture firm" ... "joining with 500 Startups")."""
        own = self._before(ent) or self._after(ent) or self._list_introduced(ent)
        if own is not None:
            return own
        doc = ent.doc
        by_name = doc.user_data.get("kg_descriptions")
        if by_name is None:
            by_name = {}
            for other in ents_of(doc):
                if other.label_ in ("ORG", "PERSON", "GPE", "PRODUCT"):
                    found = self._before(other) or self._after(other) or self._list_introduced(other)
                    if found is not None:
                        by_name.setdefault(other.text, found)
            doc.user_data["kg_descriptions"] = by_name
        # NER's name may lack the first word a repair gave back ("Startups" of "500 Startups").
        return by_name.get(ent.text) or (by_name.get(ent[1:].text) if len(ent) > 1 else None)

    def said_event(self, ent) -> bool:
        """Whether the text says a name, here or at another mention of it, is an event's: the
        subject of "is" whose attribute ends in an event's description ("Hanul Expo is the
        world's largest annual food trade exhibition"), or the name after "the 26th edition of"
        (trade shows news names by one word of a brand, which NER takes for a person's or a
        firm's). Only events: a copula's firm description says more often what a firm does
        than what it is named."""
        doc = ent.doc
        said = doc.user_data.get("kg_events_said")
        if said is None:
            said = doc.user_data["kg_events_said"] = {e.text for e in ents_of(doc) if self._event_said(e)}
        return ent.text in said

    def _event_said(self, ent) -> bool:
        doc = ent.doc
        if ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lemma_.lower() == "edition":
            return True
        root = ent.root
        if root.dep_ != "nsubj" or root.head.lemma_ != "be":
            return False
        attr = next((c for c in root.head.children if c.dep_ == "attr" and c.i > root.i), None)
        found = self._phrase_ending(doc, attr.i + 1) if attr is not None and attr.pos_ == "NOUN" else None
        return found is not None and found[0] == "Event"

    def _list_introduced(self, ent) -> tuple[str, str] | None:
        """The description a list of names follows ("its earlier investors – EIT
        InnoEnergy, FirstFloor Capital, MM Grupp and Harju Elekter"): back over names,
        commas, "and" and a dash or colon to a plural description. Not for a name that
        says what it is ("Of the other investors, Sony Group Corp. and NEC Corp.")."""
        head = self._list_head(ent)
        if head is None:
            return None
        # A name's own firm word ("Bremer Holdings") says more than a one-word kind
        # ("investors"), less than a kind of more words ("private equity firms").
        return self._phrase_ending_lemma(head, 2 if any(t.lower_.strip(".") in self.firm_cues for t in ent) else 1)

    def _list_head(self, ent):
        """The plural noun a list of names follows, back over names, commas, "and", a dash
        or a colon and the places in brackets after names ("funds such as ADIA (UAE), CPP
        and OMERS"), else None."""
        doc = ent.doc
        i = ent.start - 1
        while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].text in (",", "and", "&", "–", "—", ":", "-", "(", ")")
                          or doc[i].lower_ in self.list_words):
            if "\n" in doc[i].whitespace_:
                return None
            i -= 1
        return None if i < 0 or i == ent.start - 1 or doc[i].tag_ != "NNS" else doc[i]

    def _acting_sites(self, doc) -> frozenset[str]:
        """Names ending in a site's head that ends firms' names too (``firm_site_heads``:
        "Hanwa Pharmaceutical Factory") after a trade's word, which somewhere in the text do
        what only a firm does: the subject of a verb of ``firm_deeds`` ("signed", "bought")
        or what is owned or bought ("owned by", "a stake in"). Read once per document."""
        found = doc.user_data.get("kg_acting_sites")
        if found is None:
            found = frozenset(e.text for e in ents_of(doc) if len(e) > 2 and e[-1].text in self.firm_site_heads
                              and e[-2].text[:1].isupper() and self._acts_as_firm(e))
            doc.user_data["kg_acting_sites"] = found
        return found

    def _acts_as_firm(self, ent) -> bool:
        root = ent.root
        verb = root.head
        if root.dep_ == "nsubj" and verb.lemma_.lower() in self.firm_deeds:
            return True
        # "said it would buy": the firm's own reported deed.
        if root.dep_ == "nsubj" and verb.lemma_ == "say" and any(
                c.dep_ == "ccomp" and c.lemma_.lower() in self.firm_deeds for c in verb.children):
            return True
        return root.dep_ == "pobj" and (verb.lower_ == "by" and verb.head.lemma_.lower() in ("own", "acquire", "buy")
                                        or verb.lower_ == "in" and verb.head.lemma_.lower() == "stake")

    def _owned_list(self, ent) -> bool:
        """Whether the list the name is in follows a kind of product a firm owns ("its
        low-power accelerators, Vesta and Orinda", "Qelvant's chips, Vesta and Orinda"):
        the names are its products; "startup accelerators such as ..." and "its investors,
        ..." name firms. Not brands, which name firms too ("its EV brand, Zeekr")."""
        head = self._list_head(ent)
        root = ent.root
        if head is None and root.dep_ == "appos" and root.head.i == ent.start - 2 and ent.doc[ent.start - 1].text == "," and root.head.tag_ == "NN":
            # "its next-generation accelerator, Vesta,": one product named so; not "its
            # accelerator, Vesta, invested in": a startup accelerator invests.
            head = None if root.head.dep_ == "nsubj" and root.head.head.lemma_.lower() in self.investing_verbs else root.head
        return head is not None and head.lemma_.lower() in self.owned_kinds and any(c.dep_ == "poss" for c in head.children) \
            and not any(t.lower_.strip(".") in self.firm_cues | self.investment_cues for t in ent)

    def _owned_brands(self, ent) -> bool:
        """Whether the list the name is in follows brands a firm owns ("its brands including",
        "sells under brands such as", "owns car brands including"): the brands are its
        products; "Chinese brands such as ..." names firms."""
        head = self._list_head(ent)
        return head is not None and head.lemma_.lower() == "brand" and (
            any(c.dep_ == "poss" for c in head.children) or head.head.lower_ == "under"
            or head.dep_ == "dobj" and head.head.lemma_.lower() in ("own", "have", "acquire", "buy"))

    def _listed_among_organisations(self, ent) -> bool:
        """Whether the names a list puts before this one after its plural description are
        two or more, each shaped like no person's name ("MM Grupp", "Keel Capital")."""
        doc = ent.doc
        i = ent.start - 1
        while i >= 0 and (doc[i].pos_ == "PROPN" or doc[i].text in (",", "and", "&", "–", "—", ":", "-")
                          or doc[i].lower_ in self.list_words):
            i -= 1
        others = [e for e in ents_of(doc) if i < e.start and e.end <= ent.start]
        return len(others) >= 2 and all(
            e.label_ in _NAMED_BY_NER and guess_class(e.text, "Company") != "Person" for e in others)

    def _phrase_ending_lemma(self, token, fewest: int = 1) -> tuple[str, str] | None:
        # A plural description by its singular: "investors" is the "investor" of the data;
        # "private equity firms" the "private equity firm", the longest phrase first.
        doc = token.doc
        for size in range(3, fewest - 1, -1):
            if token.i + 1 < size:
                continue
            words = tuple(t.lower_ for t in doc[token.i - size + 1:token.i]) + (token.lemma_.lower(),)
            if words in self.phrases:
                return self.phrases[words], words[-1]
        return None

    def _surname_of_titled(self, ent) -> bool:
        """Whether a one-word name ends a person's full name after a title elsewhere in the
        text ("said Madiberk" after "Chief Executive Taavi Madiberk")."""
        doc = ent.doc
        # Read once per document: the words that end a titled full name, and where.
        found = doc.user_data.get("kg_titled_surnames")
        if found is None:
            found = {}
            for token in doc[2:]:
                given = token.nbor(-1)
                if given.text.istitle() and given.pos_ == "PROPN" and token.nbor(-2).lower_.rstrip(".") in self.titles:
                    # The family name: "Madiberk" of "Taavi Madiberk", "He" of "He Xiaopeng".
                    for word in bare_names(f"{given.text} {token.text}", self.family_first):
                        found.setdefault(word, set()).add(token.i if word == token.text else given.i)
            doc.user_data["kg_titled_surnames"] = found
        return bool(found.get(ent.text, set()) - {ent.start})

    def _in_person_name(self, ent) -> bool:
        """Whether a one-word name is the family name of a person's full name in the text,
        shaped like one, and starts no organisation's ("by Chung" after "Chairman Chung
        Eui-sun's leadership"; not "Xiaopeng" after "He Xiaopeng")."""
        word = ent.text
        doc = ent.doc
        # Read once per document, as the titled surnames are: ``doc.ents`` builds every span
        # anew at each access, and this is asked of most one-word names.
        people = doc.user_data.get("kg_full_person_names")
        if people is None:
            people = []
            for other in ents_of(doc):
                if other.label_ == "PERSON" and len(other) >= 2:
                    name = other.text.removesuffix("'s").removesuffix("’s")
                    people.append((other.start, name, bare_names(name, self.family_first)))
            doc.user_data["kg_full_person_names"] = people
        for start, name, family_names in people:
            if start != ent.start and word in family_names and guess_class(name, "Company") == "Person":
                return not _starts_organisation_name(ent)
        return False

    def _owns_firm_things(self, ent) -> bool:
        """Whether the name owns what only organisations have ("Finix's shareholders",
        "Harju Elekter's subsidiary"): ``organisation_possessions`` of names.yaml, or of those a
        part of a firm is (``named_part_nouns`` of extraction.yaml) before it ("a unit of Hon Hai")."""
        doc = ent.doc
        if ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].pos_ == "NOUN" \
                and doc[ent.start - 2].lemma_.lower() in self.possessions & setting_words("named_part_nouns"):
            return True  # "Hanul Precision, a unit of Hon Hai": only a firm has units
        if ent.end + 1 >= len(doc) or doc[ent.end].lower_ not in ("'s", "’s", "'", "’"):
            return False
        for token in doc[ent.end + 1:ent.end + 4]:
            if token.lower_ in self.possessions or token.lemma_.lower() in self.possessions:
                return True
            if token.pos_ not in ("ADJ", "NOUN") or token.is_punct:
                return False
        return False

    def _officers_of(self, ent) -> bool:
        """Whether the name comes after "of" and a title only a firm's people hold ("general
        director of Hanul Belmont", "chief executive of Daewon Lim", "founder of X";
        ``firm_titles`` and ``firm_officer_titles`` of names.yaml after one of
        ``title_openers``): a firm's, however NER read it; not "the daughter of Kim Min-soo",
        nor a person whose firm follows ("chairman of Kim's group")."""
        doc = ent.doc
        if ent.start < 2 or doc[ent.start - 1].lower_ != "of" or ent.end < len(doc) and doc[ent.end].text in ("'s", "’s"):
            return False
        title = doc[ent.start - 2].lower_
        return title in reference_words("firm_titles", lower=True) or title in reference_words("firm_officer_titles", lower=True) \
            and ent.start > 2 and doc[ent.start - 3].lower_ in reference_words("title_openers", lower=True)

    def _phrase_ending(self, doc, end: int) -> tuple[str, str] | None:
        """(class, last word) of the longest description ending at token *end* - 1."""
        best = None
        # A plural by its singular: "existing investors Iconical" as "investor".
        last = doc[end - 1].lemma_.lower() if end > 0 and doc[end - 1].tag_ == "NNS" else None
        first = max(end - 3, 0)
        lowered = tuple(t.lower_ for t in doc[first:end]) if end > 0 else ()  # read once for the three lengths
        for length in range(1, 4):
            start = end - length
            if start < 0:
                break
            words = lowered[start - first:]
            for phrase in (words, (*words[:-1], last) if last else None):
                if phrase in self.phrases:
                    best = (self.phrases[phrase], phrase[-1])
                    break
        return best

    def _before(self, ent) -> tuple[str, str] | None:
        # "European payments firm Adyen NV": the noun right before the name, on its line.
        if ent.start == 0 or "\n" in ent.doc[ent.start - 1].whitespace_:
            return None
        before = ent.doc[ent.start - 1]
        if before.text == "The" and ent.start > 1 and ent.doc[ent.start - 2].is_lower:
            # "foodtech company The Good Bug": a name that opens with its own capital "The".
            return self._phrase_ending(ent.doc, ent.start - 1)
        if before.ent_type_ and before.ent_type_ != "KG:Sector" and not before.is_lower:
            return None  # "Vietnam Trade Promotion Agency Le Hoang Tai": the last word of another name describes nothing
        if _in_titles_of(ent):
            return None  # "head of its media division Kim Min-soo": the title's words, no description of the name
        if before.lower_ in self.naming_words and before.is_lower and ent.start > 1:
            if any(c.dep_ == "nsubj" for c in before.children):
                return None  # "Hanul Bank named Kim Min-soo as its CEO": the verb of the firm, no name it gives
            return self._phrase_ending(ent.doc, ent.start - 1)  # "an Israeli startup called Approvix"
        return self._phrase_ending(ent.doc, ent.start)

    def _after(self, ent) -> tuple[str, str] | None:
        # "500 Startups, a San Francisco-based venture firm specializing in ...": the noun
        # that ends the article's phrase after the comma.
        # "Carbo Culture — a startup that ...", "Yuzawa Co., another investment company".
        # "Hanul Enterprises LLP, the family office of ...": "the" only before "of", where
        # the words say what the name is ("X, the company said" says nothing of X), in lower
        # case ("X, the Ministry of Trade said" names another body).
        doc = ent.doc
        i = ent.end
        if i + 3 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3  # "the Delmar Investment Authority (DIA), the country's wealth fund": past the short form
        if i + 1 >= len(doc) or doc[i].text not in (",", "—", "–"):
            return None
        # "X, Qorvath's sovereign wealth fund,", "X, the country's wealth fund": whose it is
        # says, as "the ... of Qorvath" does, what the name is.
        owner = _possessor_end(doc, i + 1)
        if owner is None and doc[i + 1].lower_ not in ("a", "an", "another", "the"):
            return None
        found = None
        for j in range(owner or i + 2, min(i + 12, len(doc))):
            token = doc[j]
            ends = token.pos_ not in _APPOSITION_POS or token.tag_ in ("VBG", "WDT", "WP") or "\n" in doc[j - 1].whitespace_ \
                or token.is_punct and token.text not in ("-", "–")
            # The last description before the phrase ends: "a venture firm focused on ...".
            found = self._phrase_ending(doc, j) or found
            # "a young Malmö, Sweden-based investment firm": a comma between places.
            if ends and not (found is None and token.text == "," and j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN"):
                if owner is not None:
                    return found if token.text in (",", ")", ".", "—", "–") and doc[j - 1].is_lower and self._phrase_ending(doc, j) else None
                return found if doc[i + 1].lower_ != "the" or token.lower_ == "of" and doc[j - 1].is_lower and self._phrase_ending(doc, j) else None
        return None


def _in_titles_of(ent) -> bool:
    """Whether the lower-case words right before the name end a person's title and its "of"
    ("the appointment of head of customer and media division Kim"): the noun before the
    name is the title's unit, and the name the person holding it."""
    doc, j = ent.doc, ent.start - 1
    while j > 0 and doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ", "CCONJ", "DET", "PRON"):
        j -= 1
    return j > 0 and j < ent.start - 1 and doc[j].lower_ == "of" and doc[j - 1].lower_ in reference_words("person_titles", lower=True)


def _possessor_end(doc, start: int) -> int | None:
    """The token after the possessor that opens an apposition at *start* ("Qorvath's",
    "the country's", "its"), else None: up to three words, the last before "'s"."""
    if start < len(doc) and doc[start].lower_ in ("its", "their"):
        return start + 1
    for k in range(start + 1, min(start + 4, len(doc))):
        if doc[k].tag_ == "POS":
            return k + 1
        if not (doc[k - 1].is_alpha and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].lower_ in ("the", "country", "state", "kingdom", "emirate", "government"))):
            return None
    return None


def _starts_organisation_name(ent) -> bool:
    """Whether a one-word name is the first word of an organisation's longer name in the
    text: "Xiaopeng" beside "Xiaopeng Motors" is the firm's short form, even where its
    founder He Xiaopeng is named too; "Geely" beside "Geely Holding"."""
    word = ent.text
    return any(
        other.label_ in ("ORG", "KG:Company") and len(other) > 1 and other[0].text == word and other.start != ent.start
        for other in ents_of(ent.doc)
    )


def _dateline_place(ent) -> bool:
    """Whether a name in capitals opens a line before a dash: a wire story's dateline
    ("PHOENIX — The Administration announced")."""
    doc = ent.doc
    # "SAO PAULO--Petrobras said": a city of two words in capitals too.
    return ent.text.isupper() and ent.text.replace(" ", "").isalpha() and (ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws) \
        and ent.end < len(doc) and doc[ent.end].text in ("—", "–", "--", "-")


def _place_in_place(ent) -> bool:
    """Whether a name after "in" is followed by the country or region it is in ("in
    Jiangbeizui, southwest China's Chongqing", "in Hwaseong, South Korea"), is a city of
    the world followed by its own country ("a Malmo, Sweden-based fund") or after a place
    in it ("in Chakan, Pune"): a place."""
    doc = ent.doc
    if ent.start >= 3 and doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ in ("GPE", "KG:City") \
            and doc[ent.start - 3].lower_ in ("in", "near") and world_city_country(ent.text):
        return True  # "its plant in Chakan, Pune": a city of the world after a place it holds
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    if ent.start == 0 or doc[ent.start - 1].lower_ not in ("in", "near"):
        country = doc[ent.end + 1]
        code = world_city_country(ent.text)
        return code is not None and country.ent_type_ == "KG:Country" and country_by_code().get(code) == country.ent_id_
    for token in doc[ent.end + 1:ent.end + 4]:
        if token.ent_type_ in ("KG:Country", "KG:City", "GPE"):
            return True
        # "southwest", "northern"; not an article: "invested in Hanul, a Busan-based
        # startup" describes a firm.
        if not (token.is_lower and token.is_alpha) or token.lower_ in ("a", "an", "the"):
            return False
    return False


